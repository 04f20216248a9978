import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LocationCreateForm } from "@/components/admin/location-create-form";
import { LocationRow } from "@/components/admin/location-row";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { listLocations } from "@/lib/data/admin/locations";

export const metadata: Metadata = { title: "Locations" };

export default async function LocationsPage() {
  const actor = await requireUser();
  if (can(actor, "location:manage") !== "any") redirect("/");
  const locations = await listLocations(actor, { includeInactive: true });
  return (
    <>
      <PageHeader title="Locations">Where the practice sees clients. A deactivated location keeps its history but is no longer offered.</PageHeader>
      <section aria-labelledby="add-location" className="mb-8">
        <h2 id="add-location" className="mb-2 text-lg font-semibold">Add a location</h2>
        <LocationCreateForm />
      </section>
      <section aria-labelledby="all-locations">
        <h2 id="all-locations" className="mb-2 text-lg font-semibold">All locations</h2>
        {locations.length === 0 ? <EmptyState title="No locations yet." /> : (
          <ul className="space-y-3">{locations.map((l) => <LocationRow key={l.id} location={l} />)}</ul>
        )}
      </section>
    </>
  );
}
