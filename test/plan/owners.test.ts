import { ownerReader, parseOwners } from "../../src/plan/owners";
import { readingPlan } from "./reading-plan";

const glossaryRoles = readingPlan.glossary.map((g) => g.role);

function names(text: string, knownRoles?: string[]): string[] {
  return parseOwners(text, knownRoles).owners.map((o) => o.name);
}

describe("parseOwners: blank and TBC", () => {
  test.each(["", "   ", "TBC", "tbc", "To be confirmed", "TBA"])("%j names nobody", (text) => {
    expect(parseOwners(text, glossaryRoles)).toEqual({ owners: [], unknown: true });
    expect(parseOwners(text)).toEqual({ owners: [], unknown: true });
  });

  test("a TBC part beside a real owner is dropped", () => {
    expect(parseOwners("TBC/Head of Education")).toEqual({ owners: [{ name: "Head of Education" }], unknown: false });
  });
});

describe("parseOwners: separators", () => {
  test.each<[string, string[]]>([
    ["Service Manager - Access", ["Service Manager - Access"]],
    ["Head of Children's Services/Consultant", ["Head of Children's Services", "Consultant"]],
    ["Service Manager - Improvement/ Service Manager - Family Support", ["Service Manager - Improvement", "Service Manager - Family Support"]],
    ["Service Manager - Access /facilitators from SW teams", ["Service Manager - Access", "facilitators from SW teams"]],
    ["Jane Smith; John Brown", ["Jane Smith", "John Brown"]],
    ["Jane Smith, John Brown", ["Jane Smith", "John Brown"]],
    ["jane.smith@reading.gov.uk; john.brown@reading.gov.uk", ["jane.smith@reading.gov.uk", "john.brown@reading.gov.uk"]],
    ["Team Manager\nService Manager", ["Team Manager", "Service Manager"]],
    [
      "Service Manager - Improvement, Service Manager - Family Support, Service Manager - Access, Service Manager - Placements,",
      ["Service Manager - Improvement", "Service Manager - Family Support", "Service Manager - Access", "Service Manager - Placements"],
    ],
    // `&` and `and` never split on their own.
    ["Service Manager - Safeguarding & Quality Assurance", ["Service Manager - Safeguarding & Quality Assurance"]],
    ["LSCB Business Manager & Children's Trust Partnership Manager", ["LSCB Business Manager & Children's Trust Partnership Manager"]],
    ["Performance and Data Service Manager", ["Performance and Data Service Manager"]],
    ["A&A Team Manager, MASH Duty Manager and Service Manager", ["A&A Team Manager", "MASH Duty Manager and Service Manager"]],
    // A comma followed by no job title continues the title before it.
    ["Director of Education, Children's and Early Help Services", ["Director of Education, Children's and Early Help Services"]],
    ["Director of Joint Commissioning, Berkshire West CCGs", ["Director of Joint Commissioning, Berkshire West CCGs"]],
    ["Head of Service, Jane Smith", ["Head of Service, Jane Smith"]],
  ])("%j (no glossary)", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  test("without a glossary a role containing `/` is split", () => {
    expect(names("Head of Children in Care/Education")).toEqual(["Head of Children in Care", "Education"]);
  });
});

describe("parseOwners: known roles (the glossary's) are kept whole", () => {
  test.each<[string, string[]]>([
    ["Director of Education, Children's and Early Help Services", ["Director of Education, Children's and Early Help Services"]],
    ["Strategy/Service Development Manager", ["Strategy/Service Development Manager"]],
    ["Head of Children in Care/Education/ Service Manager - Family Support", ["Head of Children in Care/Education", "Service Manager - Family Support"]],
    ["Head of Children in Care/Education/ Head of Education", ["Head of Children in Care/Education", "Head of Education"]],
    [
      "Director of Education, Children's and Early Help Services and the Head of Children's Services",
      ["Director of Education, Children's and Early Help Services", "Head of Children's Services"],
    ],
    [
      "Managing Director/Director of Education, Children's and Early Help Services",
      ["Managing Director", "Director of Education, Children's and Early Help Services"],
    ],
    [
      "Head of Children's Services/ Director of Joint Commissioning , Berkshire West CCGs",
      ["Head of Children's Services", "Director of Joint Commissioning , Berkshire West CCGs"],
    ],
    ["Service Manager-Access/Team Managers", ["Service Manager-Access", "Team Managers"]],
    ["Access and Assessment Team Manager/ Service Manager-Access/Legal", ["Access and Assessment Team Manager", "Service Manager-Access", "Legal"]],
    [
      "Service Manager - Safeguarding & Quality Assurance/ LSCB Business Manager & Children's Trust Partnership",
      ["Service Manager - Safeguarding & Quality Assurance", "LSCB Business Manager & Children's Trust Partnership"],
    ],
    ["Service Manager - Safeguarding and Quality Assurance", ["Service Manager - Safeguarding and Quality Assurance"]],
    // Two known roles with only a space between them (a separator was lost).
    [
      "Head of Children's Services Children's Commissioning Officer/Senior Commissioner - Children & Young People's Services",
      ["Head of Children's Services", "Children's Commissioning Officer", "Senior Commissioner - Children & Young People's Services"],
    ],
    ["LSCB Chair", ["LSCB Chair"]],
  ])("%j", (text, expected) => {
    expect(names(text, glossaryRoles)).toEqual(expected);
  });

  test("a known role inside a longer title is not cut out of it", () => {
    expect(names("Senior Project Manager", ["Project Manager"])).toEqual(["Senior Project Manager"]);
    expect(names("Business Project Manager/Project Manager", ["Project Manager"])).toEqual(["Business Project Manager", "Project Manager"]);
  });

  test("matching ignores case and curly apostrophes", () => {
    expect(names("head of children’s services/HEAD OF EDUCATION", glossaryRoles)).toEqual(["head of children’s services", "HEAD OF EDUCATION"]);
  });

  test("every owner cell in the Reading plan names someone, except TBC", () => {
    for (const action of readingPlan.actions) {
      const parsed = parseOwners(action.role, glossaryRoles);
      expect(parsed.unknown).toBe(action.role === "TBC");
      for (const owner of parsed.owners) {
        expect(owner.name).toBe(owner.name.trim());
        expect(action.role).toContain(owner.name);
      }
    }
  });
});

describe("ownerReader: one plan's owner cells", () => {
  test("rows with the same owner text share one frozen reading: no row can change another's owners", () => {
    const read = ownerReader([]);
    const first = read("Head of Service / DCS");
    const second = read("Head of Service / DCS");
    // Modules are strict: writing to a frozen reading throws rather than changing the other row.
    expect(() => {
      first.owners[0].name = "changed on one row";
    }).toThrow(TypeError);
    expect(() => first.owners.push({ name: "added on one row" })).toThrow(TypeError);
    expect(second.owners.map((o) => o.name)).toEqual(["Head of Service", "DCS"]);
  });
});
