#!/usr/bin/env node
// Builds the layout gallery (test/fixtures/layouts/*.xlsx): synthetic plans laid out the way
// councils, fire services, schools, SEND partnerships and project tools really lay them out, one
// per reading problem of issue 10. ExcelJS writes them because they are the project's own
// synthetic fixtures; it is never used on a user's workbook. Each workbook has a hand-written
// answer key beside it (<name>.key.json), written from reading the sheet, never from the tool.
//
//   node scripts/build-layouts.js          write every workbook
//   node scripts/build-layouts.js --list   also print each sheet's cells by row (to write keys from)
const path = require("node:path");
const { mkdirSync, writeFileSync } = require("node:fs");
const ExcelJS = require("exceljs");
const JSZip = require("jszip");

const OUT = path.resolve(__dirname, "..", "test", "fixtures", "layouts");
const FONT = { name: "Arial", size: 10 };
const UK = "dd/mm/yyyy";

/** A calendar date as Excel stores it (UTC midnight, so the serial is the day itself). */
function D(iso) {
  return new Date(`${iso}T00:00:00Z`);
}

/** The metadata every gallery workbook carries; fixed so rebuilding gives the same content. */
function newBook(creator) {
  const wb = new ExcelJS.Workbook();
  wb.creator = creator;
  wb.created = D("2025-01-06");
  wb.modified = D("2025-01-06");
  return wb;
}

/**
 * Writes a header and body rows from `at` (1-based row). Each body row is an array of cell
 * values (string, number, Date, null) or `{ merge: "text" }` for a row merged across the table;
 * `{ cells, outline, indent }` gives a row's outline level and the task cell's indent.
 */
function table(ws, at, header, rows, options = {}) {
  const { widths = [], dateFormat = UK, headerFill = "FF1F4E79", taskColumn = 2 } = options;
  const width = header.length;
  header.forEach((text, i) => {
    const cell = ws.getCell(at, i + 1);
    cell.value = text;
    cell.font = { ...FONT, bold: true, color: { argb: "FFFFFFFF" } };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: headerFill } };
    cell.alignment = { wrapText: true, vertical: "middle" };
  });
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  fitHeight(ws, at, header, widths);
  let r = at + 1;
  for (const row of rows) {
    if (row && row.merge !== undefined) {
      const cell = ws.getCell(r, 1);
      cell.value = row.merge;
      cell.font = { ...FONT, bold: row.bold !== false, italic: row.italic === true };
      if (row.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: row.fill } };
      cell.alignment = { wrapText: true, vertical: "top" };
      ws.mergeCells(r, 1, r, width);
      r += 1;
      continue;
    }
    const cells = Array.isArray(row) ? row : row.cells;
    cells.forEach((value, i) => {
      if (value === null || value === undefined) return;
      const cell = ws.getCell(r, i + 1);
      cell.value = value;
      cell.font = FONT;
      cell.alignment = { wrapText: true, vertical: "top" };
      if (value instanceof Date) cell.numFmt = dateFormat;
    });
    fitHeight(ws, r, cells, widths);
    if (!Array.isArray(row)) {
      if (row.outline) ws.getRow(r).outlineLevel = row.outline;
      if (row.indent) ws.getCell(r, taskColumn).alignment = { wrapText: true, vertical: "top", indent: row.indent };
      if (row.bold) cells.forEach((_, i) => (ws.getCell(r, i + 1).font = { ...FONT, bold: true }));
    }
    r += 1;
  }
  return r;
}

/**
 * Sets a row tall enough for its wrapped text, as Excel's autofit would have left it when the
 * producer saved (LibreOffice and Excel keep a saved height rather than refitting on open).
 */
function fitHeight(ws, r, cells, widths) {
  let lines = 1;
  cells.forEach((value, i) => {
    if (typeof value !== "string") return;
    const width = widths[i] || 10;
    const wrapped = value.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil((part.length * 1.1) / width)), 0);
    lines = Math.max(lines, wrapped);
  });
  if (lines > 1) ws.getRow(r).height = 13 * lines;
}

/** Title lines above a table, bold first line. */
function title(ws, lines) {
  lines.forEach((text, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = text;
    cell.font = { ...FONT, bold: i === 0, size: i === 0 ? 14 : 10 };
  });
}

function landscape(ws) {
  ws.pageSetup = { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 };
}

/** A Glossary sheet of initials, as many council plans keep one. */
function glossary(wb, people) {
  const ws = wb.addWorksheet("Glossary");
  table(ws, 1, ["Initials", "Full Name", "Role"], people, { widths: [10, 24, 40] });
}

const LAYOUTS = [];
function layout(file, build) {
  LAYOUTS.push({ file, build });
}

// 01 Synonym priority: "Recommendation" (the inspectorate's words, long) stands left of "Action"
// (the task); "Lead Member" (the councillor) stands left of "Lead Officer" (the owner).
layout("01-synonym-priority.xlsx", (wb) => {
  const ws = wb.addWorksheet("Improvement Plan");
  title(ws, ["Adult Social Care Improvement Plan 2024-25", "CQC assessment response - position at 31 January 2025"]);
  table(
    ws,
    4,
    ["Ref", "Recommendation", "Action", "Lead Member", "Lead Officer", "Target Date", "Progress Update", "Status"],
    [
      ["1.1", "The council should improve the timeliness of Care Act assessments.", "Clear the backlog of people waiting over 28 days for an assessment", "Cllr P. Okafor", "Head of Adult Social Work", D("2024-12-31"), "15/11/24 RT: Waiting list down from 412 to 160. 20/01/25 RT: 96 waiting; agency team extended to March.", "In progress"],
      ["1.2", "The council should improve the timeliness of Care Act assessments.", "Introduce a weekly waiting-list review chaired by a service manager", "Cllr P. Okafor", "Service Manager - Front Door", D("2024-10-31"), "04/10/24 SH: First review held 2 October; now weekly. This has been completed.", "Complete"],
      ["1.3", "The council should improve the timeliness of Care Act assessments.", "Publish waiting times on the council website each month", "Cllr P. Okafor", "Performance Manager", D("2025-03-31"), "", "Not started"],
      ["2.1", "Carers' assessments should be offered to every unpaid carer.", "Commission a carers' support service to complete carers' assessments", "Cllr J. Whitmore", "Commissioning Manager", D("2025-01-15"), "09/12/24 LM: Tender evaluation complete, award due 10 January.", "On track"],
      ["2.2", "Carers' assessments should be offered to every unpaid carer.", "Add a carers' prompt to the adult assessment form", "Cllr J. Whitmore", "Principal Social Worker", D("2024-11-30"), "28/11/24 KB: Form changed in the case system; the change has been completed and is live.", "In progress"],
      ["3.1", "Leaders should strengthen quality assurance of practice.", "Run a monthly case audit programme with moderation", "Cllr P. Okafor", "Principal Social Worker", D("2025-06-30"), "13/01/25 KB: December audits moderated; 62% good or better.", "On track"],
      ["3.2", "Leaders should strengthen quality assurance of practice.", "Report audit themes to the Adults Improvement Board each quarter", "Cllr P. Okafor", "", D("2025-03-31"), "", "Not started"],
    ],
    { widths: [6, 34, 40, 16, 26, 12, 50, 12] },
  );
  ws.views = [{ state: "frozen", ySplit: 4, xSplit: 1 }];
  statusDropDown(ws, "H5:H11", ["Not started", "On track", "In progress", "Complete"]);
  landscape(ws);
});

// 02 Tool-export headers meaning something else: "Progress" holds the status, "Description"
// holds the dated notes, "Sub actions" is a count.
layout("02-tool-headers.xlsx", (wb) => {
  const ws = wb.addWorksheet("Tasks");
  table(
    ws,
    1,
    ["ID", "Task Name", "Sub actions", "Owner", "Due Date", "Progress", "Description"],
    [
      [1, "Agree the early help strategy with partners", 3, "Early Help Manager", D("2024-12-20"), "Completed", "02/12/2024 AF: Strategy agreed at the Early Help Partnership. 18/12/2024 AF: Published on the partnership site."],
      [2, "Launch the family hub in the north locality", 5, "Family Hubs Lead", D("2025-03-31"), "In progress", "10/01/2025 NP: Building works started; opening planned for 24 March."],
      [3, "Train 120 partner staff in the early help assessment", 2, "Workforce Development Lead", D("2025-01-10"), "In progress", "06/12/2024 DW: 84 staff trained so far."],
      [4, "Introduce a single early help front door", 4, "Early Help Manager", D("2025-02-28"), "Not started", ""],
      [5, "Set up monthly performance reporting on early help outcomes", 1, "Performance Officer", D("2024-11-29"), "Not started", "14/11/2024 GR: Dataset drafted and shared with the manager for comment."],
      [6, "Review the threshold document with the safeguarding partnership", 2, "Safeguarding Partnership Manager", D("2025-02-14"), "In progress", "20/01/2025 CH: Draft circulated; comments due 7 February."],
      [7, "Recommission the parenting programme", 0, "Commissioning Officer", D("2025-06-30"), "Not started", ""],
    ],
    { widths: [5, 48, 11, 28, 12, 12, 60] },
  );
});

// 03 Superseded deadline: "Original deadline" is hidden beside "Revised deadline".
layout("03-superseded-deadline.xlsx", (wb) => {
  const ws = wb.addWorksheet("Action Plan");
  title(ws, ["Housing Improvement Plan", "Regulator of Social Housing - Regulatory Notice response", "Updated for Housing Improvement Board, 10 February 2025"]);
  table(
    ws,
    5,
    ["Ref", "Action", "Lead", "Original deadline", "Revised deadline", "Progress update", "Status"],
    [
      ["H1", "Complete stock condition surveys of all council homes", "Head of Asset Management", D("2024-09-30"), D("2025-06-30"), "12/12/24 MO: 71% of homes surveyed; contractor capacity increased.", "On track"],
      ["H2", "Clear the backlog of damp and mould cases over 20 days old", "Repairs Manager", D("2024-10-31"), D("2025-01-31"), "03/02/25 TS: 38 cases still open past 20 days.", "On track"],
      ["H3", "Publish tenant satisfaction measures for 2023/24", "Customer Insight Manager", D("2024-08-31"), D("2024-11-30"), "26/11/24 AJ: Published on the website. This action is complete.", "Complete"],
      ["H4", "Agree a new repairs policy with the tenants' panel", "Repairs Manager", D("2024-11-30"), D("2025-03-31"), "16/01/25 TS: Draft discussed with the panel; second session 26 February.", "On track"],
      ["H5", "Fit carbon monoxide alarms in every home with a gas appliance", "Compliance Manager", D("2024-12-31"), D("2024-12-31"), "20/01/25 PL: 94% fitted; access refusals being escalated.", "In progress"],
      ["H6", "Train all housing officers in the new complaints code", "Complaints Manager", D("2024-07-31"), D("2025-04-30"), "", "Not started"],
      ["H7", "Report compliance performance to Cabinet each quarter", "Director of Housing", D("2024-10-31"), D("2024-10-31"), "28/10/24 DH: First quarterly report went to Cabinet on 22 October.", "Complete"],
    ],
    { widths: [6, 50, 26, 12, 12, 56, 12] },
  );
  ws.getColumn(4).hidden = true;
  landscape(ws);
});

// 04 A published progress table: refs "Recommendation 3", no end date, progress over period
// columns, the outcome under a non-status header.
layout("04-published-progress-table.xlsx", (wb) => {
  const ws = wb.addWorksheet("Appendix A");
  title(ws, ["Appendix A: Progress against the Ofsted recommendations (ILACS, January 2024)", "Report to Children's Services Scrutiny Panel, 14 October 2024"]);
  table(
    ws,
    4,
    ["Recommendation", "What the inspectors said", "Lead", "Action: March 2024", "Action: June 2024", "Update: September 2024", "Assessment"],
    [
      ["Recommendation 1", "The quality and consistency of supervision, so that it helps social workers to progress children's plans.", "Head of Service - Safeguarding", "New supervision policy drafted with practitioners.", "Policy launched 3 June; audit of 40 supervision records planned for August.", "Audit found 70% of records good; refresher training booked for all team managers in November.", "On track"],
      ["Recommendation 2", "The timeliness of initial health assessments for children in care.", "Designated Nurse for Children in Care", "Joint escalation route agreed with the ICB.", "Timeliness improved from 41% to 63%.", "Timeliness at 88% for the quarter. This recommendation has been fully met and closed by the board.", "On track"],
      ["Recommendation 3", "The sufficiency of local placements for children in care.", "Head of Commissioning", "Sufficiency strategy in consultation.", "Strategy approved by Cabinet on 11 June.", "Two new in-house children's homes registered; the sufficiency action plan has been delivered in full.", "Complete"],
      ["Recommendation 4", "Management oversight of children on the edge of care.", "Head of Service - Children in Need", "Edge of care panel established.", "Panel meeting weekly; terms of reference reviewed.", "", "On track"],
      ["Recommendation 5", "The voice of the child in child protection conferences.", "Safeguarding and Quality Assurance Manager", "Advocacy offer extended to all conferences.", "Take-up of advocacy at 52%.", "Take-up at 74%; feedback forms introduced.", ""],
      ["Recommendation 6", "Pathway planning for care leavers, including housing.", "Head of Service - Care Leavers", "Not started; awaiting new service manager.", "Pathway plan template redesigned with young people.", "All care leavers aged 18-21 have a pathway plan reviewed in the last six months.", "Complete"],
    ],
    { widths: [17, 40, 24, 30, 30, 40, 12] },
  );
  landscape(ws);
});

// 05 A hierarchical export: parent rows with roll-up dates and % but no owner or status, children
// below at a deeper outline level, the task cell indented.
layout("05-hierarchical-export.xlsx", (wb) => {
  const ws = wb.addWorksheet("Programme Plan");
  table(
    ws,
    1,
    ["Task Name", "Assigned To", "Start", "Finish", "% Complete", "Status", "Comments"],
    [
      { cells: ["Theme 1: Leadership and governance", null, D("2024-09-02"), D("2025-03-31"), 0.6, null, null], bold: true },
      { cells: ["Appoint an independent chair of the improvement board", "Chief Executive", D("2024-09-02"), D("2024-10-31"), 1, "Complete", "Chair appointed 14 October."], outline: 1, indent: 1 },
      { cells: ["Agree the board's terms of reference", "Director of Children's Services", D("2024-10-01"), D("2024-11-30"), 1, "In progress", "Agreed at the November board."], outline: 1, indent: 1 },
      { cells: ["Publish a quarterly performance scorecard", "Head of Performance", D("2024-11-01"), D("2025-03-31"), 0.3, "In progress", "Q3 scorecard in draft."], outline: 1, indent: 1 },
      { cells: ["Theme 2: Practice quality", null, D("2024-09-16"), D("2025-06-30"), 0.35, null, null], bold: true },
      { cells: ["Roll out the Signs of Safety practice model", "Principal Social Worker", D("2024-09-16"), D("2025-06-30"), 0.4, "In progress", "Phase 1 teams trained."], outline: 1, indent: 1 },
      { cells: ["Introduce practice weeks for senior leaders", "Director of Children's Services", D("2024-10-07"), D("2024-12-20"), 0, "Not started", ""], outline: 1, indent: 1 },
      { cells: ["Workstream 3 - Workforce", null, D("2024-09-02"), D("2025-05-30"), 0.45, null, null], bold: true },
      { cells: ["Launch a social work academy for newly qualified staff", "Workforce Development Manager", D("2024-09-02"), D("2025-01-31"), 0.8, "In progress", "Second cohort started January."], outline: 1, indent: 1 },
      { cells: ["Reduce agency social workers to below 20%", "Head of HR", D("2024-09-02"), D("2025-05-30"), 0.1, "On track", "Agency rate 27%."], outline: 1, indent: 1 },
    ],
    { widths: [56, 30, 12, 12, 11, 12, 36], taskColumn: 1 },
  );
  for (let r = 2; r <= 11; r += 1) ws.getCell(r, 5).numFmt = "0%";
  ws.properties.outlineProperties = { summaryBelow: false };
});

// 06 Machine ids as refs: a tool's long random row ids in a column headed "ID".
layout("06-machine-ids.xlsx", (wb) => {
  const ws = wb.addWorksheet("Export");
  table(
    ws,
    1,
    ["ID", "Action", "Owner", "Due", "Status", "Latest update"],
    [
      ["8f14e45fceea167a5a36", "Set up a multi-agency SEND data dashboard", "SEND Performance Lead", D("2025-01-31"), "In progress", "22/01/2025 RK: Dashboard in test with the ICB."],
      ["c9f0f895fb98ab9159f5", "Audit 30 EHC plans against the quality framework", "SEND Quality Lead", D("2024-12-13"), "On track", "29/11/2024 SM: 18 audits done."],
      ["45c48cce2e2d7fbdea1a", "Recruit two additional educational psychologists", "Principal Educational Psychologist", D("2025-04-30"), "Not started", ""],
      ["d3d9446802a44259755d", "Publish the refreshed Local Offer website", "Local Offer Officer", D("2024-11-29"), "Complete", "27/11/2024 JT: Live on 25 November."],
      ["6512bd43d9caa6e02c99", "Hold termly co-production forums with the parent carer forum", "", D("2025-03-31"), "On track", "16/01/2025 RK: Spring forum booked for 12 March."],
      ["c20ad4d76fe97759aa27", "Reduce the EHC needs assessment backlog to under 50", "SEND Service Manager", D("2025-02-28"), "At risk", "30/01/2025 SM: Backlog 112; agency caseworkers start 3 February."],
      ["aab3238922bcc25a6f60", "Agree a joint commissioning plan for therapies", "Head of Joint Commissioning", D("2025-01-17"), "Not started", ""],
    ],
    { widths: [24, 52, 32, 12, 12, 50] },
  );
});

// 07 No status column: a RAG (BRAG) and an update carry closure.
layout("07-no-status-column.xlsx", (wb) => {
  const ws = wb.addWorksheet("Tracker");
  title(ws, ["Youth Justice Service - HMIP inspection action plan", "RAG key: Blue = complete, Green = on track, Amber = some slippage, Red = off track"]);
  table(
    ws,
    4,
    ["Ref", "Action", "Owner", "Deadline", "RAG", "Progress update"],
    [
      ["YJ1", "Refresh the youth justice partnership board's terms of reference", "Head of Youth Justice", D("2024-10-31"), "Blue", "30/10/24 MW: Approved by the board."],
      ["YJ2", "Introduce out-of-court disposal panel quality checks", "YJS Operations Manager", D("2024-12-31"), "Green", "10/12/24 AL: Checklist drafted; first panel review in January."],
      ["YJ3", "Ensure every child has a speech and language screen within 20 days", "Speech and Language Therapist", D("2024-11-30"), "Amber", "05/01/25 RP: Screens completed for all children open in December. Completed."],
      ["YJ4", "Train case managers in trauma-informed practice", "YJS Practice Manager", D("2025-03-31"), "Green", "20/01/25 AL: Two of four sessions delivered."],
      ["YJ5", "Agree an education, training and employment protocol with schools", "Virtual School Head", D("2025-01-15"), "Green", "12/12/24 CB: Draft with headteachers' forum."],
      ["YJ6", "Set up monthly reporting of reoffending data to the board", "YJS Information Officer", "See YJ1", "Green", "09/01/25 MW: Dataset agreed."],
      ["YJ7", "Review the victim contact offer", "Restorative Justice Coordinator", D("2025-02-28"), "Green", "17/02/25 LS: Review findings to the March board."],
    ],
    { widths: [6, 56, 30, 12, 8, 56] },
  );
  for (const [r, argb] of [[5, "FF5B9BD5"], [6, "FF70AD47"], [7, "FFFFC000"], [8, "FF70AD47"], [9, "FF70AD47"], [10, "FF70AD47"], [11, "FF70AD47"]]) {
    ws.getCell(r, 5).fill = { type: "pattern", pattern: "solid", fgColor: { argb } };
  }
});

// 08 Duplicate refs: two clashes, one of them three times.
layout("08-duplicate-refs.xlsx", (wb) => {
  const ws = wb.addWorksheet("Plan");
  title(ws, ["Community Safety Partnership - Domestic Abuse Action Plan 2024-26"]);
  table(
    ws,
    3,
    ["Action No", "What we will do", "Lead Officer", "By when", "Update", "Status"],
    [
      ["1.1", "Commission an independent domestic abuse needs assessment", "Community Safety Manager", D("2024-09-30"), "25/09/24 HB: Needs assessment received and presented to the partnership.", "Complete"],
      ["1.2", "Publish the domestic abuse strategy", "Community Safety Manager", D("2024-12-31"), "17/12/24 HB: Strategy published.", "Complete"],
      ["1.3", "Set up a survivors' reference group", "Domestic Abuse Coordinator", D("2025-03-31"), "08/01/25 FK: Two meetings held with the refuge provider.", "On track"],
      ["1.3", "Map safe accommodation provision across the county", "Housing Options Manager", D("2025-04-30"), "", "Not started"],
      ["2.1", "Train 200 frontline staff in DASH risk assessment", "Safeguarding Trainer", D("2025-03-31"), "15/01/25 GT: 132 trained.", "On track"],
      ["2.2", "Introduce routine enquiry in maternity services", "Named Midwife", D("2025-06-30"), "", "Not started"],
      ["2.3", "Review the MARAC referral pathway", "MARAC Coordinator", D("2025-02-28"), "20/01/25 PW: Draft pathway to the steering group.", "On track"],
      ["2.3", "Extend the IDVA service to the two GP hubs", "Domestic Abuse Coordinator", D("2025-05-31"), "", "Not started"],
      ["2.3", "Pilot a perpetrator programme with probation", "Probation Head of Service", D("2025-09-30"), "", "Not started"],
    ],
    { widths: [10, 54, 28, 12, 56, 12] },
  );
  ws.autoFilter = "A3:F12";
  statusDropDown(ws, "F4:F12", ["Not started", "On track", "Complete"]);
});

// 09 Period and standing end dates: quarters, financial years, terms, Ongoing, Monthly.
layout("09-period-end-dates.xlsx", (wb) => {
  const ws = wb.addWorksheet("Action plan");
  title(ws, ["Education Improvement Plan - Attendance and Inclusion", "Position at 14 February 2025"]);
  table(
    ws,
    4,
    ["Ref", "Action", "Lead", "Timescale", "Progress", "Status"],
    [
      ["A1", "Launch the attendance support team's traded offer to schools", "Head of Inclusion", "Q3 2024/25", "11/02/25 SB: Offer drafted; pricing not yet agreed.", "On track"],
      ["A2", "Agree a fair access protocol with all secondary heads", "Admissions Manager", "2024/25", "05/02/25 LW: Protocol agreed in principle by the heads' forum.", "On track"],
      ["A3", "Run termly attendance clinics in the ten schools with the highest absence", "Education Welfare Manager", "Autumn term 2024", "", "Not started"],
      ["A4", "Monitor elective home education registrations", "Elective Home Education Officer", "Ongoing", "07/02/25 EH: 18 new registrations in January.", "On track"],
      ["A5", "Report persistent absence to the Education Board", "Performance Analyst", "Monthly", "10/02/25 JD: January report sent.", "On track"],
      ["A6", "Stop using part-time timetables without a review date", "Head of Inclusion", "With immediate effect", "30/01/25 SB: Letter sent to all headteachers.", "In progress"],
      ["A7", "Publish the alternative provision directory", "AP Commissioning Officer", "Q4 2024/25", "", "Not started"],
      ["A8", "Train governors in attendance duties", "Governor Services Manager", "Spring term 2025", "03/02/25 KR: Sessions booked for 4 and 11 March.", "On track"],
      ["A9", "Sign off the inclusion charter", "Chief Exec", "Chief Exec", "", "Not started"],
    ],
    { widths: [5, 56, 30, 18, 52, 12] },
  );
});

// 10 Update-log conventions: newest first, date and initials after the text, role abbreviations
// and lower-case initials as the author.
layout("10-update-log-conventions.xlsx", (wb) => {
  const ws = wb.addWorksheet("Action Plan");
  title(ws, ["Fire and Rescue Service - Prevention Improvement Plan", "Board date: 24 February 2025"]);
  table(
    ws,
    4,
    ["Ref", "Action", "Owner", "Target date", "Update (newest first)", "Status"],
    [
      ["P1", "Target home fire safety visits at the highest-risk households", "Head of Prevention", D("2025-03-31"), "14/02/25 HoS: Risk model signed off; visits re-targeted from March.\n20/01/25 HoS: Risk model in test with the data team.", "In progress"],
      ["P2", "Agree a data-sharing agreement with adult social care", "Prevention Manager", D("2025-01-31"), "10/02/25 KL: Completed - agreement signed by both parties.\n13/01/25 KL: Draft with the council's information governance lead.", "In progress"],
      ["P3", "Train all watch managers in safeguarding referrals", "Safeguarding Lead", D("2025-02-28"), "Course booked for all stations (JB 03/02/25)\nSyllabus agreed with the LSCP (JB 09/12/24)", "On track"],
      ["P4", "Review the arson reduction partnership with the police", "Group Manager - Prevention", D("2025-05-30"), "12/02/25 dcs: Terms of reference drafted.\n15/01/25 dcs: First meeting with the police lead.", "On track"],
      ["P5", "Publish a prevention strategy for 2025-28", "Head of Prevention", D("2025-06-30"), "12/03/25 HoS: Strategy to go to the Fire Authority in June.\n30/01/25 HoS: Consultation closed; 212 responses.", "On track"],
      ["P6", "Evaluate the school fire-setter intervention scheme", "Youth Engagement Manager", D("2025-01-17"), "06/01/25 TM: Evaluation questions agreed with the university.\n02/12/24 TM: Scheme data collated.", "In progress"],
      ["P7", "Replace the community risk register software", "ICT Business Partner", D("2025-04-30"), "", "Not started"],
    ],
    { widths: [5, 52, 28, 12, 62, 12] },
  );
  glossary(wb, [
    ["HoS", "Rachel Dunmore", "Head of Prevention"],
    ["KL", "Kieran Lowe", "Prevention Manager"],
    ["JB", "Jasmine Begum", "Safeguarding Lead"],
    ["DCS", "David Carr", "Group Manager - Prevention"],
    ["TM", "Tom Mensah", "Youth Engagement Manager"],
  ]);
});

// 11 Completion fields: % complete, completed date, a late flag and a start date.
layout("11-completion-fields.xlsx", (wb) => {
  const ws = wb.addWorksheet("Delivery Plan");
  table(
    ws,
    1,
    ["Ref", "Action", "Owner", "Start date", "Due date", "% Complete", "Completed date", "Late", "Status", "Notes"],
    [
      ["D1", "Move the contact centre to the new telephony platform", "Customer Services Manager", D("2024-10-01"), D("2025-01-31"), 1, null, "No", "In progress", "29/01/25 AP: Cut-over done on 27 January."],
      ["D2", "Close the three satellite reception points", "Facilities Manager", D("2024-11-01"), D("2024-12-20"), 0, D("2024-12-18"), "No", "Complete", "18/12/24 GH: Closed; signage in place."],
      ["D3", "Introduce online booking for bulky waste", "Waste Services Manager", D("2024-09-02"), D("2024-11-29"), 0.75, D("2024-11-22"), "No", "In progress", "22/11/24 RB: Online form live; payment link still in test."],
      ["D4", "Publish the digital inclusion plan", "Digital Inclusion Officer", D("2024-08-01"), D("2024-10-31"), 1, D("2024-12-06"), "Yes", "Complete", "06/12/24 MS: Published after Cabinet."],
      ["D5", "Train 40 digital champions in libraries", "Libraries Manager", D("2025-01-06"), "TBC", 1, D("2025-01-24"), "No", "Complete", "24/01/25 CW: All 40 trained."],
      ["D6", "Retire the legacy complaints database", "ICT Applications Manager", D("2025-01-13"), D("2025-04-30"), 0.2, null, "No", "On track", "03/02/25 NE: Data migration scripts written."],
      ["D7", "Launch the resident account for council tax", "Revenues Manager", D("2024-10-14"), D("2025-01-17"), 0.6, null, "Yes", "In progress", "30/01/25 VT: Supplier fix due 14 February."],
    ],
    { widths: [5, 48, 26, 11, 11, 10, 13, 6, 12, 48] },
  );
  for (let r = 2; r <= 8; r += 1) ws.getCell(r, 6).numFmt = "0%";
});

// 12 Status wording with trailing detail.
layout("12-status-trailing-detail.xlsx", (wb) => {
  const ws = wb.addWorksheet("Action Plan");
  title(ws, ["Public Health - Drug and Alcohol Partnership Action Plan", "Position at 28 February 2025"]);
  table(
    ws,
    4,
    ["Ref", "Action", "Lead", "End date", "Progress update", "Status"],
    [
      ["1", "Recommission the adult drug and alcohol treatment service", "Public Health Commissioning Manager", D("2025-01-31"), "27/01/25 KE: Contract awarded and signed.", "Complete - evidence filed"],
      ["2", "Set up a drug-related deaths review panel", "Consultant in Public Health", D("2025-01-15"), "10/01/25 OB: Panel membership agreed; first meeting 5 March.", "On track (see note)"],
      ["3", "Place substance misuse workers in the two acute hospitals", "Service Manager - Treatment", D("2025-03-31"), "18/02/25 PH: Business case with the ICB.", "Delayed - awaiting ICB funding"],
      ["4", "Expand naloxone distribution through community pharmacies", "Public Health Pharmacist", D("2025-04-30"), "", "Not started - due to begin April"],
      ["5", "Publish the alcohol licensing public health framework", "Public Health Principal", D("2025-02-14"), "12/02/25 RS: Framework drafted; still awaiting sign-off by the Licensing Committee in March.", "Complete - published"],
      ["6", "Train probation and police custody staff in referral routes", "Criminal Justice Lead", D("2025-06-30"), "20/02/25 DA: Two sessions delivered.", "On track (2 of 6 sessions)"],
      ["7", "Agree a young people's substance misuse pathway", "Young People's Service Manager", D("2025-03-31"), "", "TBC"],
    ],
    { widths: [4, 56, 34, 11, 58, 30] },
  );
});

// 13 Sub-actions judged against the nearest preceding parent when the parent's ref is duplicated.
layout("13-duplicated-parent-ref.xlsx", (wb) => {
  const ws = wb.addWorksheet("Plan");
  title(ws, ["Children's Services Improvement Plan - Front Door", "Position at 3 March 2025"]);
  table(
    ws,
    4,
    ["Ref No", "Task/Action", "Role", "End Date", "Update", "Status"],
    [
      ["1", "Strengthen the Multi-Agency Safeguarding Hub (MASH)", "Head of Service - Front Door", D("2025-03-31"), "", "In Progress"],
      ["1a", "Agree MASH partner staffing with police and health", "MASH Manager", D("2025-02-28"), "24/02/25 LC: Staffing agreed at the strategic board.", "Complete"],
      ["1b", "Introduce RAG-rated screening of contacts within 24 hours", "MASH Manager", D("2025-04-30"), "20/02/25 LC: Screening tool in test.", "In Progress"],
      ["2", "Improve the quality of strategy discussions", "Head of Service - Front Door", D("2025-01-31"), "29/01/25 AR: All sub-actions complete.", "Complete"],
      ["2a", "Revise the strategy discussion template with the police", "Principal Social Worker", D("2024-12-20"), "18/12/24 SD: New template in use.", "Complete"],
      ["2b", "Audit 20 strategy discussions", "Quality Assurance Manager", D("2025-01-24"), "22/01/25 QA: Audit complete; 85% good.", "Complete"],
      ["2", "Reduce repeat referrals within 12 months", "Head of Service - Front Door", D("2025-09-30"), "", "In Progress"],
      ["2c", "Analyse the last 200 repeat referrals for themes", "Performance Manager", D("2025-05-30"), "25/02/25 PM: Data extracted.", "In Progress"],
      ["2d", "Step-down protocol to early help for closed cases", "Early Help Manager", D("2025-07-31"), "", "Not Started"],
    ],
    { widths: [7, 56, 28, 11, 50, 12] },
  );
});

// 14 Merged note rows: a long sentence merged across the row is a note, not a heading.
layout("14-merged-note-rows.xlsx", (wb) => {
  const ws = wb.addWorksheet("Action Plan");
  title(ws, ["Adult Safeguarding Improvement Plan", "Safeguarding Adults Board - position at 20 January 2025"]);
  table(
    ws,
    4,
    ["Ref", "Action", "Lead", "Target date", "Update", "Status"],
    [
      { merge: "1. Making Safeguarding Personal", fill: "FFD9E1F2" },
      ["1.1", "Record the person's desired outcomes at the start of every enquiry", "Head of Safeguarding", D("2024-12-31"), "10/01/25 NB: Recording field added; audit shows 81% compliance.", "In progress"],
      ["1.2", "Publish an easy-read guide to safeguarding enquiries", "Safeguarding Adults Board Manager", D("2025-03-31"), "", "Not started"],
      { merge: "Note: actions 1.3 and 1.4 were transferred to the Mental Health Partnership plan in October 2024 and are reported to that board; they are kept here for reference only.", bold: false, italic: true },
      ["1.5", "Train care home managers in making safeguarding personal", "Quality Assurance Officer", D("2025-02-28"), "16/01/25 TF: Three of five sessions delivered.", "On track"],
      { merge: "2. Quality of section 42 enquiries", fill: "FFD9E1F2" },
      ["2.1", "Complete section 42 enquiries within 28 days", "Principal Social Worker", D("2024-11-30"), "09/01/25 MJ: 58% within 28 days in December.", "On track"],
      ["2.2", "Quarterly multi-agency audit of enquiries", "Safeguarding Adults Board Manager", D("2025-03-31"), "14/01/25 NB: Q3 audit scheduled for 5 February.", "On track"],
      { merge: "This plan is reviewed at every board meeting; changes since the last meeting are shown in bold in the update column and the previous version is held by the board manager.", bold: false, italic: true },
      ["2.3", "Introduce a self-neglect protocol", "Head of Safeguarding", D("2025-01-10"), "06/01/25 NB: Protocol approved by the board. This has been completed.", "In progress"],
    ],
    { widths: [5, 56, 32, 11, 56, 12] },
  );
});

// 15 Not a plan: a timesheet with a projects sheet.
layout("15-not-a-plan-timesheet.xlsx", (wb) => {
  const ws = wb.addWorksheet("Timesheet");
  title(ws, ["Weekly timesheet", "Name: Sam Patel    Team: Improvement Programme Office"]);
  table(
    ws,
    4,
    ["Week ending", "Project code", "Task", "Mon", "Tue", "Wed", "Thu", "Fri", "Total hours", "Approved by"],
    [
      [D("2025-01-10"), "IMP-014", "Improvement board papers", 3.5, 2, 0, 1, 0, 6.5, "J. Reeve"],
      [D("2025-01-10"), "IMP-022", "Data quality review", 4, 5.5, 7.5, 6.5, 7, 30.5, "J. Reeve"],
      [D("2025-01-17"), "IMP-014", "Improvement board papers", 0, 0, 3, 4, 2, 9, "J. Reeve"],
      [D("2025-01-17"), "IMP-031", "Practice week logistics", 7.5, 7.5, 4.5, 3.5, 5.5, 28.5, "J. Reeve"],
      [D("2025-01-24"), "IMP-022", "Data quality review", 7.5, 7.5, 7.5, 7.5, 7, 37, ""],
    ],
    { widths: [12, 12, 30, 6, 6, 6, 6, 6, 11, 14] },
  );
  const codes = wb.addWorksheet("Project codes");
  table(codes, 1, ["Code", "Project", "Budget holder", "Status"], [
    ["IMP-014", "Improvement board support", "Head of Programme Office", "Open"],
    ["IMP-022", "Data quality", "Head of Performance", "Open"],
    ["IMP-031", "Practice weeks", "Principal Social Worker", "Closed"],
  ], { widths: [10, 30, 28, 10] });
});

// 16 A Smartsheet export: hierarchy by outline level and indent, Health in Smartsheet's colours.
layout("16-smartsheet-export.xlsx", (wb) => {
  const ws = wb.addWorksheet("Improvement Programme");
  table(
    ws,
    1,
    ["Task Name", "Assigned To", "Start Date", "End Date", "% Complete", "Status", "Health", "Latest Comment"],
    [
      { cells: ["Workstream 1 - Governance", null, D("2024-10-01"), D("2025-03-31"), 0.7, null, null, null] },
      { cells: ["Establish the Improvement Board", "mark.ellis@northshire.gov.uk", D("2024-10-01"), D("2024-10-31"), 1, "Complete", "Blue", "Board met 29 October."], outline: 1, indent: 1 },
      { cells: ["Agree the improvement plan with the DfE adviser", "mark.ellis@northshire.gov.uk", D("2024-10-14"), D("2024-12-13"), 1, "Complete", "Blue", "Signed off 10 December."], outline: 1, indent: 1 },
      { cells: ["Monthly highlight report to Cabinet", "anna.cho@northshire.gov.uk", D("2024-11-01"), D("2025-03-31"), 0.4, "In Progress", "Green", "January report submitted."], outline: 1, indent: 1 },
      { cells: ["Workstream 2 - Practice", null, D("2024-10-07"), D("2025-06-30"), 0.3, null, null, null] },
      { cells: ["Case audit programme", "lena.osei@northshire.gov.uk", D("2024-10-07"), D("2025-06-30"), 0.5, "In Progress", "Yellow", "Audit completion rate 64%."], outline: 1, indent: 1 },
      { cells: ["Practice standards refresh", "lena.osei@northshire.gov.uk", D("2024-11-04"), D("2025-01-24"), 0.6, "In Progress", "Green", "Standards drafted; consultation with team managers."], outline: 1, indent: 1 },
      { cells: ["Supervision training for team managers", "raj.mistry@northshire.gov.uk", D("2025-01-06"), D("2025-04-30"), 0, "Not Started", "Green", ""], outline: 1, indent: 1 },
      { cells: ["Workstream 3 - Workforce", null, D("2024-11-01"), D("2025-05-31"), 0.2, null, null, null] },
      { cells: ["International recruitment campaign", "hr.recruitment@northshire.gov.uk", D("2024-11-01"), D("2025-05-31"), 0.2, "In Progress", "Red", "Visa sponsorship licence delayed."], outline: 1, indent: 1 },
      { cells: ["Exit interviews for every leaver", "hr.recruitment@northshire.gov.uk", D("2024-11-01"), D("2024-12-31"), 0.5, "Not Started", "Green", ""], outline: 1, indent: 1 },
    ],
    { widths: [48, 32, 11, 11, 10, 12, 8, 44], taskColumn: 1, headerFill: "FF333F4F" },
  );
  for (let r = 2; r <= 12; r += 1) ws.getCell(r, 5).numFmt = "0%";
  ws.properties.outlineProperties = { summaryBelow: false };
});

// 17 An MS Project export: ID, summary tasks, text dates in Project's own style, Notes, no status.
layout("17-ms-project-export.xlsx", (wb) => {
  const ws = wb.addWorksheet("Task_Table1");
  table(
    ws,
    1,
    ["ID", "Task Mode", "Name", "Duration", "Start", "Finish", "Predecessors", "Resource Names", "% Complete", "Outline Level", "Notes"],
    [
      { cells: [1, "Auto Scheduled", "Ofsted Improvement Programme", "140 days", "Mon 02/09/24", "Fri 14/03/25", "", "", "48%", 1, ""], bold: true },
      { cells: [2, "Auto Scheduled", "Leadership", "60 days", "Mon 02/09/24", "Fri 22/11/24", "", "", "100%", 2, ""], bold: true, outline: 1 },
      { cells: [3, "Auto Scheduled", "Appoint interim Director of Children's Services", "20 days", "Mon 02/09/24", "Fri 27/09/24", "", "Chief Executive", "100%", 3, ""], outline: 2, indent: 2 },
      { cells: [4, "Auto Scheduled", "Restructure the senior leadership team", "40 days", "Mon 30/09/24", "Fri 22/11/24", "3", "Interim DCS", "100%", 3, ""], outline: 2, indent: 2 },
      { cells: [5, "Auto Scheduled", "Performance management", "80 days", "Mon 23/09/24", "Fri 10/01/25", "", "", "55%", 2, ""], bold: true, outline: 1 },
      { cells: [6, "Auto Scheduled", "Build the children's services performance dashboard", "45 days", "Mon 23/09/24", "Fri 22/11/24", "", "BI Team Lead", "70%", 3, "18/11/24 BI: Data warehouse feed delayed by the supplier."], outline: 2, indent: 2 },
      { cells: [7, "Auto Scheduled", "Weekly performance clinics with team managers", "35 days", "Mon 25/11/24", "Fri 10/01/25", "6", "Head of Performance", "40%", 3, "20/12/24 HP: Clinics running in 4 of 6 teams."], outline: 2, indent: 2 },
      { cells: [8, "Auto Scheduled", "Practice", "100 days", "Mon 21/10/24", "Fri 07/03/25", "", "", "25%", 2, ""], bold: true, outline: 1 },
      { cells: [9, "Auto Scheduled", "Signs of Safety training - phase 1", "30 days", "Mon 21/10/24", "Fri 29/11/24", "", "Principal Social Worker", "100%", 3, "29/11/24 PSW: All phase 1 teams trained."], outline: 2, indent: 2 },
      { cells: [10, "Auto Scheduled", "Signs of Safety training - phase 2", "30 days", "Mon 27/01/25", "Fri 07/03/25", "9", "Principal Social Worker", "0%", 3, "14/03/25 PSW: Phase 2 dates confirmed."], outline: 2, indent: 2 },
      { cells: [11, "Auto Scheduled", "Practice standards signed off", "0 days", "Fri 07/03/25", "Fri 07/03/25", "10", "Director of Children's Services", "0%", 3, ""], outline: 2, indent: 2 },
    ],
    { widths: [4, 14, 50, 9, 13, 13, 11, 30, 10, 8, 48], taskColumn: 3 },
  );
  ws.properties.outlineProperties = { summaryBelow: false };
});

// 18 A Planner export: export details above the header, month-first dates, buckets, emails.
layout("18-planner-export.xlsx", (wb) => {
  const ws = wb.addWorksheet("Children's Improvement");
  const details = [["Plan name", "Children's Improvement"], ["Plan ID", "xqQg5FS2LkCp935s-FIFm2QAFkHM"], ["Export date", "02/20/2025"]];
  details.forEach(([k, v], i) => {
    ws.getCell(i + 1, 1).value = k;
    ws.getCell(i + 1, 2).value = v;
  });
  table(
    ws,
    5,
    ["Task ID", "Task Name", "Bucket Name", "Progress", "Priority", "Assigned To", "Created By", "Created Date", "Start Date", "Due Date", "Is Recurring", "Late", "Completed Date", "Completed By", "Completed Checklist Items", "Checklist Items", "Labels", "Description"],
    [
      ["pbT3hR5pEkuVm0c4yZ0-4WUAJ7Ab", "Agree the MASH information-sharing protocol", "Front door", "Completed", "Important", "lucy.carter@westborough.gov.uk", "Priya Shah", "09/02/2024", "09/16/2024", "11/29/2024", "false", "false", "11/27/2024", "Lucy Carter", 3, 3, "", "27/11/2024 LC: Protocol signed by police, health and the council."],
      ["Q9lS2bcBsU6wZpJ3yH2i-mUAOxTe", "Recruit six permanent team managers", "Workforce", "In progress", "Urgent", "hr.partner@westborough.gov.uk;priya.shah@westborough.gov.uk", "Priya Shah", "09/02/2024", "10/01/2024", "01/31/2025", "false", "true", "", "", 2, 5, "Red", "13/01/2025 PS: Four appointed; two posts re-advertised."],
      ["hV0aE8m3qE2nKX1cB5nGvGUAEn4s", "Launch the new practice standards", "Practice", "In progress", "Medium", "dan.wright@westborough.gov.uk", "Priya Shah", "09/02/2024", "11/04/2024", "03/28/2025", "false", "false", "", "", 1, 4, "", "14/02/2025 DW: Standards finalised; launch events booked for 17 and 24 March."],
      ["tA8mY4qW0k2Lw7nZcP1r-2UAC3Vd", "Monthly audit of 20 children's records", "Practice", "In progress", "Important", "qa.team@westborough.gov.uk", "Priya Shah", "09/02/2024", "10/01/2024", "03/31/2025", "true", "false", "", "", 4, 6, "", "25/02/2025 QA: February audits moderated."],
      ["Z3xK9pLm2Qw8rT5yV1bN-7UAD8Fg", "Publish the sufficiency strategy", "Placements", "Not started", "Important", "sam.osei@westborough.gov.uk", "Priya Shah", "09/02/2024", "12/02/2024", "02/14/2025", "false", "true", "", "", 0, 3, "Red", ""],
      ["mN4bV7cX1zL0kJ9hG2fD-3UAE6Rt", "Set up the care leavers' forum", "Placements", "Completed", "Medium", "sam.osei@westborough.gov.uk", "Priya Shah", "09/02/2024", "10/14/2024", "12/20/2024", "false", "false", "12/12/2024", "Sam Osei", 2, 2, "", "12/12/2024 SO: First forum held; still waiting for the young people's terms of reference to be agreed."],
      ["rE5tY8uI2oP1aS4dF7gH-9UAJ2Kl", "Introduce a weekly placement panel", "Placements", "In progress", "Urgent", "", "Priya Shah", "09/02/2024", "01/06/2025", "03/14/2025", "false", "false", "", "", 1, 2, "", "07/02/2025 SO: Panel running; terms of reference drafted."],
    ],
    { widths: [30, 42, 13, 12, 10, 34, 12, 12, 11, 11, 10, 7, 13, 12, 10, 10, 8, 60], headerFill: "FF31752F" },
  );
});

// 19 A SEND written statement of action: area-of-weakness headings, partners as leads.
layout("19-send-wsoa.xlsx", (wb) => {
  const ws = wb.addWorksheet("WSoA");
  title(ws, ["Written Statement of Action - Local Area SEND Partnership", "Joint Ofsted/CQC inspection of the local area, June 2024", "Monitoring position at 31 January 2025"]);
  table(
    ws,
    5,
    ["Ref", "Action", "Lead (partner)", "Timescale", "How will we know (impact)", "RAG", "Progress update", "Status"],
    [
      { merge: "Area of weakness 1: The timeliness and quality of EHC needs assessments and plans", fill: "FFE2EFDA" },
      ["1.1", "Recruit additional EHC coordinators to meet the 20-week timescale", "LA - Head of SEND", D("2024-12-31"), "80% of EHC plans issued within 20 weeks by March 2025", "Amber", "20/01/25 HS: Five of six posts filled; 20-week rate 61% in December.", "In progress"],
      ["1.2", "Introduce multi-agency quality assurance of new EHC plans", "LA - SEND Quality Lead", D("2024-11-30"), "90% of audited plans judged good", "Green", "28/11/24 QL: QA panel meets fortnightly; terms of reference agreed. Completed.", "In progress"],
      ["1.3", "Health advice returned within six weeks", "ICB - Designated Clinical Officer", D("2025-03-31"), "95% of health advice returned in six weeks", "Green", "15/01/25 DCO: 88% in Q3.", "On track"],
      { merge: "Area of weakness 2: Co-production with children, young people and families", fill: "FFE2EFDA" },
      ["2.1", "Co-produce the Local Offer with the Parent Carer Forum", "Parent Carer Forum / LA", D("2025-02-28"), "Local Offer rated useful by 70% of parents surveyed", "Green", "22/01/25 PCF: Second co-production workshop held.", "On track"],
      ["2.2", "Set up a young people's SEND advisory group", "TBC", D("2025-01-31"), "Group meets termly and reports to the partnership board", "Amber", "", "Not started"],
      { merge: "Area of weakness 3: Waiting times for neurodevelopmental assessment", fill: "FFE2EFDA" },
      ["3.1", "Reduce the autism assessment waiting list", "ICB - Head of Children's Commissioning", D("2025-09-30"), "Median wait under 52 weeks", "Red", "27/01/25 CC: Waiting list 1,240; additional provider from April.", "Off track"],
      ["3.2", "Offer support while waiting to every family on the list", "LA - Early Help Manager", D("2024-10-31"), "Every family contacted within four weeks of referral", "Green", "30/10/24 EH: Offer launched; 320 families contacted.", "Complete"],
    ],
    { widths: [5, 50, 28, 11, 36, 7, 52, 12] },
  );
  ws.views = [{ state: "frozen", ySplit: 5 }];
  statusDropDown(ws, "H7:H15", ["Not started", "On track", "In progress", "Off track", "Complete"]);
  statusDropDown(ws, "F7:F15", ["Red", "Amber", "Green"]);
  landscape(ws);
});

// 20 A school's post-Ofsted plan as an Excel Table with text dates.
layout("20-school-ofsted-table.xlsx", (wb) => {
  const ws = wb.addWorksheet("Post-Ofsted Action Plan");
  title(ws, ["Ashgrove Primary School - Post-Ofsted Action Plan", "Inspection: 2-3 October 2024 (Requires improvement)", "Review date: 10 March 2025"]);
  const rows = [
    ["1", "Quality of education", "Embed the new phonics scheme in Reception and Year 1", "DHT", "31st January 2025", "95% of staff observed teaching phonics to the scheme", "Complete", "24/01/25 DHT: All staff observed; scheme embedded."],
    ["2", "Quality of education", "Design a progressive history and geography curriculum", "Curriculum Lead", "End of Spring term 2025", "Curriculum maps published on the website", "In progress", "03/03/25 CL: Year 3-6 maps done; Year 1-2 in draft."],
    ["3", "Quality of education", "Train teaching assistants in adaptive teaching for pupils with SEND", "SENCo", "Feb half term", "Pupils with SEND make progress in line with peers in book looks", "Not started", ""],
    ["4", "Behaviour and attitudes", "Reduce persistent absence below 15%", "HT", "July 2025", "Persistent absence under 15% by the summer term", "In progress", "07/03/25 HT: 17.2% this half term, down from 21%."],
    ["5", "Behaviour and attitudes", "Introduce a consistent behaviour policy with staff and parents", "DHT", "Dec 2024", "Fewer than 5 suspensions a term", "In progress", "06/12/24 DHT: Policy agreed by governors. This has been completed."],
    ["6", "Leadership and management", "Governors to carry out termly monitoring visits", "Chair of Governors", "Ongoing", "Visit notes show challenge to leaders", "In progress", "28/02/25 CoG: Spring visit completed."],
    ["7", "Leadership and management", "Subject leaders to carry out book looks each half term", "HT", "w/c 13th January 2025", "Book look records for every subject", "In progress", "27/01/25 HT: Six of nine subjects done."],
  ];
  ws.addTable({
    name: "ActionPlan",
    ref: "A5",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: ["No.", "Area", "Action", "Lead", "By when", "Success criteria", "Status", "Progress"].map((name) => ({ name, filterButton: true })),
    rows,
  });
  title(ws, ["Ashgrove Primary School - Post-Ofsted Action Plan", "Inspection: 2-3 October 2024 (Requires improvement)", "Review date: 10 March 2025"]);
  const widths = [5, 22, 48, 16, 20, 40, 12, 48];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  rows.forEach((row, i) => fitHeight(ws, 6 + i, row, widths));
  for (let r = 5; r <= 12; r += 1) for (let c = 1; c <= 8; c += 1) ws.getCell(r, c).alignment = { wrapText: true, vertical: "top" };
  landscape(ws);
});

// 21 An HMICFRS-style BRAG tracker with hidden columns.
layout("21-hmicfrs-brag-tracker.xlsx", (wb) => {
  const ws = wb.addWorksheet("HMICFRS Tracker");
  title(ws, ["Fire and Rescue Service - HMICFRS Round 3 Improvement Tracker", "Position at 31 January 2025 for the Fire Authority Audit Committee"]);
  table(
    ws,
    4,
    ["Ref", "Pillar", "Area for improvement", "Report page", "Action", "Action owner", "Original target date", "Revised target date", "BRAG", "Update"],
    [
      ["AFI 1", "Effectiveness", "The service should make sure its prevention work is targeted at the people most at risk.", "p.12", "Introduce a risk-based targeting model for home fire safety checks", "Area Manager - Prevention", D("2024-09-30"), D("2025-03-31"), "Green", "16/01/25 AM: Model approved; targeting from February."],
      ["AFI 2", "Effectiveness", "The service should make sure it has an effective system for learning from operational incidents.", "p.18", "Launch a debrief and learning portal", "Group Manager - Operational Assurance", D("2024-10-31"), D("2024-12-20"), "Blue", "18/12/24 GM: Portal live; 14 debriefs logged."],
      ["AFI 3", "Efficiency", "The service should assure itself that its use of resources is efficient.", "p.24", "Complete a review of on-call availability", "Area Manager - Response", D("2024-11-30"), D("2025-01-17"), "Green", "09/01/25 AR: Data collection finished; analysis in progress."],
      ["AFI 4", "People", "The service should improve the diversity of its workforce.", "p.31", "Run positive action taster days for under-represented groups", "Head of HR", D("2024-12-31"), D("2025-06-30"), "Amber", "21/01/25 HR: Two taster days held; 38 attendees."],
      ["AFI 5", "People", "The service should make sure staff understand how to raise concerns.", "p.33", "Relaunch the Speak Up policy with a staff campaign", "Head of HR", D("2024-09-30"), D("2024-11-29"), "Blue", "27/11/24 HR: Campaign delivered at all stations."],
      ["AFI 5", "People", "The service should make sure staff understand how to raise concerns.", "p.33", "Appoint Freedom to Speak Up champions at every station", "Head of HR", D("2024-12-31"), "Service Leadership Team", "Amber", "13/01/25 HR: 11 of 17 champions appointed."],
      ["AFI 6", "People", "The service should monitor the wellbeing of its staff.", "p.35", "Introduce annual wellbeing check-ins", "Occupational Health Manager", D("2025-01-31"), D("2025-04-30"), "Green", "06/02/25 OH: Check-in form agreed with the unions."],
    ],
    { widths: [7, 13, 40, 8, 48, 30, 12, 12, 7, 52], headerFill: "FF7F1D1D" },
  );
  ws.getColumn(3).hidden = true;
  ws.getColumn(4).hidden = true;
  ws.getColumn(7).hidden = true;
  const fills = { Blue: "FF5B9BD5", Green: "FF70AD47", Amber: "FFFFC000", Red: "FFC00000" };
  for (let r = 5; r <= 11; r += 1) ws.getCell(r, 9).fill = { type: "pattern", pattern: "solid", fgColor: { argb: fills[ws.getCell(r, 9).value] } };
  landscape(ws);
});

// 22 One sheet per workstream, with a cover sheet and a RAG key sheet.
layout("22-workstream-sheets.xlsx", (wb) => {
  const cover = wb.addWorksheet("Cover");
  title(cover, ["Eastmoor Council - Corporate Improvement Plan 2024-26", "Following the LGA Corporate Peer Challenge, May 2024", "Version 4.1 - position at 31 January 2025", "", "Contents", "1 Leadership - leadership and culture", "2 Finance - financial sustainability", "3 Customers - customer experience"]);
  cover.getColumn(1).width = 70;
  const key = wb.addWorksheet("Key");
  table(key, 1, ["RAG", "Meaning"], [["Blue", "Complete"], ["Green", "On track"], ["Amber", "Some slippage - management attention needed"], ["Red", "Off track - board decision needed"]], { widths: [10, 50] });
  const header = ["Ref", "Action", "Lead officer", "Due date", "RAG", "Status", "Progress update"];
  const widths = [6, 54, 28, 11, 8, 12, 54];
  const sheets = [
    ["1 Leadership", "Workstream 1: Leadership and culture", [
      ["L1", "Agree a new council plan with members", "Chief Executive", D("2024-11-30"), "Blue", "Complete", "27/11/24 CE: Adopted by Full Council."],
      ["L2", "Run a staff culture survey and publish the results", "Director of HR", D("2025-01-31"), "Green", "In progress", "20/01/25 HR: Survey closed; 58% response."],
      ["L3", "Introduce a members' development programme", "Democratic Services Manager", D("2025-03-31"), "Green", "On track", "10/01/25 DS: Programme agreed by group leaders."],
    ]],
    ["2 Finance", "Workstream 2: Financial sustainability", [
      ["F1", "Set a balanced budget for 2025/26", "Section 151 Officer", D("2025-02-26"), "Amber", "In progress", "22/01/25 S151: Gap of £2.1m remaining."],
      ["F2", "Review fees and charges", "Head of Finance", D("2024-12-31"), "Green", "Not started", ""],
      ["F3", "Adopt a capital strategy", "Section 151 Officer", D("2025-03-31"), "Green", "On track", "15/01/25 S151: Draft to Audit Committee in March."],
    ]],
    ["3 Customers", "Workstream 3: Customer experience", [
      ["C1", "Publish customer service standards", "Head of Customer Services", D("2024-12-31"), "Green", "In progress", "19/12/24 CS: Standards approved by Cabinet. This has been completed."],
      ["C2", "Answer 80% of calls within 2 minutes", "Contact Centre Manager", D("2025-06-30"), "Amber", "In progress", "28/01/25 CC: 71% in January."],
      ["C3", "Replace the complaints system", "", D("2025-09-30"), "Green", "Not started", ""],
    ]],
  ];
  for (const [name, heading, rows] of sheets) {
    const ws = wb.addWorksheet(name);
    title(ws, [heading]);
    table(ws, 3, header, rows, { widths });
    ws.views = [{ state: "frozen", ySplit: 3 }];
    statusDropDown(ws, "F4:F6", ["Not started", "On track", "In progress", "Complete"]);
    landscape(ws);
  }
});

// 23 A board progress table: one column per board month, the latest non-blank is the update.
layout("23-board-progress-periods.xlsx", (wb) => {
  const ws = wb.addWorksheet("Board Report");
  title(ws, ["Improvement Board - Progress Report", "Board meeting 5 February 2025"]);
  table(
    ws,
    4,
    ["Ref", "Action", "Lead", "Due", "Status", "November 2024", "December 2024", "January 2025"],
    [
      ["B1", "Stabilise the children in care service's management team", "Head of Service - Children in Care", D("2024-12-31"), "Complete", "Two permanent managers appointed.", "Final manager started 2 December.", "Team fully permanent. Completed."],
      ["B2", "Reduce caseloads to an average of 18", "Head of Service - Children in Need", D("2025-03-31"), "In progress", "Average caseload 24.", "Average caseload 22.", "Average caseload 20."],
      ["B3", "Agree the corporate parenting strategy", "Corporate Parenting Manager", D("2024-11-30"), "In progress", "Strategy drafted.", "Strategy agreed by the Corporate Parenting Panel. Completed.", ""],
      ["B4", "Launch the Mockingbird fostering model", "Fostering Service Manager", D("2025-01-31"), "On track", "Licence secured.", "First hub carer recruited.", "Second hub delayed; launch moved to April."],
      ["B5", "Improve the timeliness of review health assessments", "Designated Nurse", D("2025-03-31"), "On track", "72% on time.", "", "81% on time."],
      ["B6", "Introduce a permanency tracking meeting", "Head of Service - Children in Care", D("2024-10-31"), "Complete", "Meeting running monthly.", "", ""],
      ["B7", "Commission an independent review of the front door", "Director of Children's Services", D("2025-04-30"), "Not started", "", "", "Terms of reference being drafted."],
    ],
    { widths: [5, 48, 30, 11, 12, 34, 34, 34] },
  );
  landscape(ws);
});

// 24 A risk register: owners, statuses and review dates, but risks, not actions.
layout("24-risk-register.xlsx", (wb) => {
  const ws = wb.addWorksheet("Risk Register");
  title(ws, ["Children's Services Directorate Risk Register", "Reviewed by DMT 14 January 2025"]);
  table(
    ws,
    4,
    ["Risk ID", "Risk description", "Cause", "Consequence", "Likelihood", "Impact", "Risk score", "Controls in place", "Risk owner", "Review date", "Status"],
    [
      ["CS01", "Insufficient social work capacity", "Recruitment and retention difficulties", "Unallocated cases; children not safeguarded", 4, 5, 20, "Agency cover; recruitment campaign", "Director of Children's Services", D("2025-03-31"), "Open"],
      ["CS02", "Placement costs exceed budget", "Lack of local placements", "Overspend of £3m", 5, 4, 20, "Sufficiency strategy; placement panel", "Head of Commissioning", D("2025-02-28"), "Open"],
      ["CS03", "Failure of the case management system", "Ageing system; supplier exit", "Loss of records access", 2, 5, 10, "Business continuity plan", "Head of Business Support", D("2025-04-30"), "Open"],
      ["CS04", "Adverse inspection outcome", "Practice inconsistency", "Intervention; reputational damage", 3, 4, 12, "Improvement plan; audit programme", "Director of Children's Services", D("2025-03-31"), "Open"],
      ["CS05", "Data breach", "Email errors", "ICO fine; harm to families", 2, 3, 6, "Training; email delay", "Information Governance Lead", D("2025-01-31"), "Closed"],
    ],
    { widths: [7, 32, 28, 30, 10, 8, 9, 32, 28, 12, 8] },
  );
  landscape(ws);
});

// 25 Not a plan: a programme issue log (issues raised and resolved, not actions planned).
layout("25-issue-log.xlsx", (wb) => {
  const ws = wb.addWorksheet("Issue Log");
  title(ws, ["Improvement Programme - Issue Log", "Issues are escalated to the Programme Board when priority is High"]);
  table(
    ws,
    4,
    ["Issue ID", "Date raised", "Raised by", "Issue description", "Impact", "Priority", "Assigned to", "Resolution", "Date closed", "Open/Closed"],
    [
      ["ISS-001", D("2024-10-03"), "Programme Manager", "Case management system reports do not match the DfE return", "Board scorecard figures cannot be relied on", "High", "Head of Performance", "Data definitions aligned; reports re-run", D("2024-11-14"), "Closed"],
      ["ISS-002", D("2024-11-07"), "Principal Social Worker", "Training venue unavailable for November practice week", "Practice week moved", "Medium", "Workforce Development Manager", "Alternative venue booked", D("2024-11-12"), "Closed"],
      ["ISS-003", D("2024-12-02"), "Head of HR", "Agency cap breached in two teams", "Budget pressure of £180k", "High", "Director of Children's Services", "", null, "Open"],
      ["ISS-004", D("2025-01-09"), "Business Support Manager", "Minute-taker vacancy for the improvement board", "Board papers late", "Low", "Business Support Manager", "", null, "Open"],
    ],
    { widths: [9, 11, 22, 44, 32, 8, 28, 34, 11, 10] },
  );
  ws.views = [{ state: "frozen", ySplit: 4 }];
  ws.autoFilter = "A4:J8";
});

// 26 Hierarchy by indent alone: a council delivery plan whose theme rows carry roll-up dates and
// % but no lead or status, with the actions' names indented beneath them (Increase Indent), no
// grouping and no numbers on the themes (issue 10 cause 5: "and indent").
layout("26-indented-tasks.xlsx", (wb) => {
  const ws = wb.addWorksheet("Delivery Plan");
  title(ws, ["Children's Services Improvement - Delivery Plan", "Themes are shown in bold; actions are indented beneath their theme"]);
  const theme = (name, start, end, pct) => ({ cells: [name, null, D(start), D(end), pct, null, null], bold: true });
  table(
    ws,
    4,
    ["Action", "Lead Officer", "Start", "Target Date", "% Complete", "Status", "Progress Update"],
    [
      theme("Leadership and governance", "2024-09-02", "2025-03-31", 0.55),
      { cells: ["Appoint an independent chair of the improvement board", "Chief Executive", D("2024-09-02"), D("2024-10-31"), 1, "Complete", "Chair appointed 14 October."], indent: 1 },
      { cells: ["Refresh the corporate parenting strategy", "Director of Children's Services", D("2024-10-01"), D("2024-12-20"), 0.6, "On track", "Draft with the Children in Care Council."], indent: 1 },
      { cells: ["Publish a quarterly performance scorecard", "Head of Performance", D("2024-11-01"), D("2025-03-31"), 0.3, "On track", "Q3 scorecard in draft."], indent: 1 },
      theme("Early help", "2024-09-16", "2025-06-30", 0.3),
      { cells: ["Open two family hubs", "Head of Early Help", D("2024-09-16"), D("2025-06-30"), 0.4, "On track", "First hub opened in January."], indent: 1 },
      { cells: ["Agree the early help assessment with partners", null, D("2024-10-07"), D("2025-02-28"), 0.2, "In progress", "Draft shared with schools."], indent: 1 },
      theme("Workforce", "2024-10-01", "2025-05-30", 0.25),
      { cells: ["Launch a social work academy for newly qualified staff", "Workforce Development Manager", D("2024-10-01"), D("2025-02-28"), 0.8, "On track", "Second cohort started January."], indent: 1 },
      { cells: ["Reduce agency social workers to below 20%", "Head of HR", D("2024-10-01"), D("2025-05-30"), 0.1, "On track", "Agency rate 27%."], indent: 1 },
    ],
    { widths: [52, 30, 12, 12, 11, 12, 40], taskColumn: 1 },
  );
  for (let r = 5; r <= 14; r += 1) ws.getCell(r, 5).numFmt = "0%";
});

/** A status list as plans offer it, from a drop-down on the status column. */
function statusDropDown(ws, range, values) {
  ws.dataValidations.add(range, { type: "list", allowBlank: true, formulae: [`"${values.join(",")}"`] });
}

/**
 * The package again with every entry dated 6 January 2025, so rebuilding an unchanged gallery
 * gives byte-identical files (ExcelJS stamps each zip entry with the time of writing).
 */
async function stableZip(buffer) {
  const source = await JSZip.loadAsync(buffer);
  const out = new JSZip();
  const date = D("2025-01-06");
  for (const name of Object.keys(source.files)) {
    const entry = source.files[name];
    if (entry.dir) continue;
    if (/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) {
      // ExcelJS marks every row at the deepest outline level collapsed="1"; the groups here are
      // expanded, and Excel writes collapsed only on the row after a collapsed group.
      out.file(name, (await entry.async("string")).replace(/ collapsed="1"/g, ""), { date, createFolders: false });
    } else {
      out.file(name, await entry.async("uint8array"), { date, createFolders: false });
    }
  }
  return out.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

/** Prints every non-empty cell by row, so a key can be written from what the sheet holds. */
async function list(file) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  process.stdout.write(`\n#### ${path.basename(file)}\n`);
  wb.eachSheet((ws) => {
    const hidden = ws.columns.map((c, i) => (c.hidden ? String.fromCharCode(65 + i) : null)).filter(Boolean);
    process.stdout.write(`-- sheet "${ws.name}"${hidden.length ? ` hidden columns ${hidden.join(",")}` : ""}\n`);
    ws.eachRow((row, r) => {
      const cells = [];
      row.eachCell((cell) => cells.push(`${cell.address}=${cell.value instanceof Date ? cell.value.toISOString().slice(0, 10) : String(cell.value).slice(0, 28)}`));
      process.stdout.write(`${r}${row.outlineLevel ? ` [L${row.outlineLevel}]` : ""}: ${cells.join(" | ")}\n`);
    });
  });
}

(async () => {
  mkdirSync(OUT, { recursive: true });
  for (const { file, build } of LAYOUTS) {
    const wb = newBook("Action Plan Assistant layout gallery");
    build(wb);
    // Plans are printed landscape for the board; the gallery follows suit everywhere.
    wb.eachSheet((ws) => {
      if (ws.pageSetup.orientation !== "landscape") landscape(ws);
      // Excel records the deepest outline level on the sheet (sheetFormatPr outlineLevelRow).
      let deepest = 0;
      ws.eachRow((row) => (deepest = Math.max(deepest, row.outlineLevel || 0)));
      if (deepest) ws.properties.outlineLevelRow = deepest;
    });
    const target = path.join(OUT, file);
    writeFileSync(target, await stableZip(await wb.xlsx.writeBuffer()));
    if (process.argv.includes("--list")) await list(target);
  }
  process.stdout.write(`Wrote ${LAYOUTS.length} workbooks to ${path.relative(process.cwd(), OUT)}/\n`);
})().catch((error) => {
  process.stderr.write(`build-layouts: ${error.stack}\n`);
  process.exit(1);
});
