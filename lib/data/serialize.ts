// Database rows to DESIGN.md's JSON payloads. Only these shapes leave lib/data.

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function dayToDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

interface ClientRow {
  id: string;
  firstName: string;
  lastName: string;
  dateOfBirth: Date;
  email: string | null;
  phone: string | null;
  pronouns: string | null;
  status: string;
  assignedClinicianId: string | null;
  locationId: string | null;
  dischargedOn: Date | null;
  dischargeReason: string | null;
  version: number;
}

export function clientDto(row: ClientRow) {
  return {
    id: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    dateOfBirth: isoDay(row.dateOfBirth),
    email: row.email,
    phone: row.phone,
    pronouns: row.pronouns,
    status: row.status as "INQUIRY" | "WAITLISTED" | "ACTIVE" | "DISCHARGED",
    assignedClinicianId: row.assignedClinicianId,
    locationId: row.locationId,
    dischargedOn: row.dischargedOn ? isoDay(row.dischargedOn) : null,
    dischargeReason: row.dischargeReason,
    version: row.version,
  };
}
export type ClientDto = ReturnType<typeof clientDto>;

interface CoupleRow {
  id: string;
  relationshipStatus: string;
  status: string;
  assignedClinicianId: string | null;
  secretsPolicy: string;
  locationId: string | null;
  dischargedOn: Date | null;
  dischargeReason: string | null;
  version: number;
  partnerA: ClientRow;
  partnerB: ClientRow;
}

export function coupleDto(row: CoupleRow) {
  return {
    id: row.id,
    partners: [clientDto(row.partnerA), clientDto(row.partnerB)] as [ClientDto, ClientDto],
    relationshipStatus: row.relationshipStatus,
    status: row.status as ClientDto["status"],
    assignedClinicianId: row.assignedClinicianId,
    secretsPolicy: row.secretsPolicy as "NO_SECRETS" | "LIMITED_SECRETS",
    locationId: row.locationId,
    dischargedOn: row.dischargedOn ? isoDay(row.dischargedOn) : null,
    dischargeReason: row.dischargeReason,
    version: row.version,
  };
}
export type CoupleDto = ReturnType<typeof coupleDto>;
