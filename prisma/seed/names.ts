// Fictional people for the demo: names, pronouns, contact details. Any resemblance to real
// persons is coincidental; emails use example.com and phones the 555-01xx fiction range.
import type { Rng } from "./random";

export type Gender = "female" | "male" | "nonbinary";

const FEMALE = [
  "Emily", "Hannah", "Olivia", "Sarah", "Jessica", "Megan", "Lauren", "Rachel", "Amanda", "Nicole",
  "Katie", "Brianna", "Maria", "Sofia", "Gabriela", "Lucia", "Aaliyah", "Jasmine", "Keisha", "Nadia",
  "Yasmin", "Fatima", "Mei", "Lin", "Anna", "Katarzyna", "Claire", "Molly", "Erin", "Diane",
  "Rebecca", "Theresa", "Paige", "Chloe", "Abigail", "Natalie", "Vanessa", "Tamara", "Renee", "Heather",
] as const;

const MALE = [
  "Michael", "David", "James", "Ryan", "Kevin", "Brian", "Tyler", "Jason", "Matthew", "Andrew",
  "Daniel", "Carlos", "Luis", "Miguel", "Omar", "Hassan", "Karim", "Marcus", "Darnell", "Andre",
  "Wei", "Jun", "Tomasz", "Piotr", "Patrick", "Sean", "Greg", "Scott", "Eric", "Nathan",
  "Adam", "Derek", "Travis", "Caleb", "Ethan", "Owen", "Victor", "Raymond", "Dennis", "Kyle",
] as const;

const NEUTRAL = ["Jamie", "Avery", "Quinn", "Rowan", "Sage", "Skyler", "Casey", "Emerson", "Reese", "Kai"] as const;

const LAST = [
  "Anderson", "Baker", "Bennett", "Brooks", "Campbell", "Carter", "Clark", "Collins", "Cooper", "Davis",
  "Dawson", "Evans", "Fischer", "Foster", "Garcia", "Gonzalez", "Graham", "Hayes", "Hernandez", "Hill",
  "Hughes", "Jackson", "Jenkins", "Johnson", "Kaminski", "Kelly", "Khoury", "Kim", "Kowalczyk", "Lewis",
  "Liu", "Lopez", "Martin", "Martinez", "Mason", "McCarthy", "Miller", "Mitchell", "Morales", "Murphy",
  "Nguyen", "Nowak", "O'Brien", "Parker", "Patel", "Perez", "Peterson", "Price", "Ramirez", "Reed",
  "Richardson", "Rivera", "Roberts", "Robinson", "Rodriguez", "Saad", "Sanders", "Schultz", "Scott", "Shah",
  "Simmons", "Stewart", "Sullivan", "Taylor", "Thompson", "Torres", "Turner", "VanderMeer", "Wagner", "Walsh",
  "Wang", "Ward", "Washington", "Watson", "Wilson", "Wright", "Young", "Zielinski", "Haddad", "Jaber",
] as const;

export type Person = {
  firstName: string;
  lastName: string;
  gender: Gender;
  pronouns: string;
  email: string;
  phone: string;
};

const AREA_CODES = ["810", "517", "248", "734"] as const;

/**
 * Hands out unique people: no full name, email or phone is used twice within one factory.
 * Phones stay inside 555-0100..555-0199 (reserved for fiction) with varied Michigan area codes.
 */
export function personFactory(rng: Rng) {
  const usedNames = new Set<string>();
  const usedEmails = new Set<string>();
  let phoneSeq = 0;

  function firstNameFor(gender: Gender): string {
    if (gender === "female") return rng.pick(FEMALE);
    if (gender === "male") return rng.pick(MALE);
    return rng.pick(NEUTRAL);
  }

  function make(gender: Gender, lastName?: string): Person {
    for (;;) {
      const firstName = firstNameFor(gender);
      const last = lastName ?? rng.pick(LAST);
      const key = `${firstName} ${last}`;
      if (usedNames.has(key)) {
        lastName = undefined;
        continue;
      }
      usedNames.add(key);
      const base = `${firstName}.${last}`.toLowerCase().replace(/[^a-z.]/g, "");
      let email = `${base}@example.com`;
      for (let n = 2; usedEmails.has(email); n++) email = `${base}${n}@example.com`;
      usedEmails.add(email);
      // (seq + round) shifts the area code each round of 100, so 400 numbers stay unique.
      const area = AREA_CODES[(phoneSeq + Math.floor(phoneSeq / 100)) % AREA_CODES.length] as string;
      const phone = `${area}-555-01${String(phoneSeq % 100).padStart(2, "0")}`;
      phoneSeq++;
      const pronouns = gender === "female" ? "she/her" : gender === "male" ? "he/him" : "they/them";
      return { firstName, lastName: last, gender, pronouns, email, phone };
    }
  }

  /** Mostly women and men, a few nonbinary people. */
  function randomGender(): Gender {
    const r = rng.next();
    return r < 0.49 ? "female" : r < 0.95 ? "male" : "nonbinary";
  }

  return { make, randomGender };
}
