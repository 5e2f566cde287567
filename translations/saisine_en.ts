<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BuildInfo</name>
    <message>
        <source>Saisine %1 (built on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1, SQLite driver missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1, SQLite %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: %1 (GNU General Public License, version 3 or later)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFile</name>
    <message>
        <source>[to confirm]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[corrected by the association]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[date before this rule took effect]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>A professional named in the case does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another case already has the reference %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person named in the case does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case with the reference %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseRoutes</name>
    <message>
        <source>Chosen by the caseworker instead of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The professional belongs to an ordre: a complaint to the CPAM director or to the president of the ordre council opens the conciliation procedure; the one that receives it forwards it to the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat offence: a final sanction of %1 (case %2) falls within the 6 years before %3. There is no conciliation session; the complaint goes to the disciplinary chamber within 3 months of receipt (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profession has no ordre: there is no conciliation commission. Use the CPAM mediator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profession has no ordre: the mediator of the CPAM handles the complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person holds (or held) the C2S or the AME: the CPAM mediator can act in parallel with the conciliation procedure, without changing its deadlines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for professions without an ordre, or in parallel for C2S and AME holders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The texts set no deadline for the mediator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any person who believes they were discriminated against can refer the matter to the Défenseur des droits, free of charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National independent authority; a local delegate can also receive the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the conciliation commission is also seized, the Défenseur des droits often waits for its outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pharmacy refused to sell or dispense: refusal of sale under the consumer code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a refusal of sale in a pharmacy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discrimination consisting in refusing a service is an offence (3 years&apos; imprisonment and a 45,000 euro fine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint can be lodged with the police, the gendarmerie or the public prosecutor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date the complaint was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of the facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today, no date of the facts being known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseSearch</name>
    <message>
        <source>case list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>corrections to the law tables (default: &lt;database&gt;.law.json next to the database)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompetentAuthority</name>
    <message>
        <source>A pharmacist outside section A answers to the central council of their section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For this profession the ordre sits at regional level, in the region of the place of practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ordre council of the place of practice receives the complaint and sits on the joint conciliation commission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where councils have been merged, it is the merged council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pharmacist&apos;s section is not recorded: section A (pharmacy owner) was assumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The département of the place of practice is not known: add it to name the council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local health insurance fund where the practitioner is installed (département %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This département has several funds: check which one covers the commune of the practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPAM of the place of practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The département of the place of practice is not known: add it to name the fund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediator of the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every local fund has a mediator, who handles refusals of care by professionals without an ordre and can act in parallel for C2S and AME holders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local office of the DGCCRF in the département of the pharmacy deals with refusals of sale.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConciliationDeadlines</name>
    <message>
        <source>Acknowledgement of receipt to the complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint forwarded to the other authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional informed of the complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing of the professional (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convocation of the parties to the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conciliation session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session record sent to the parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transmission to the disciplinary chamber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transmission to the disciplinary chamber (repeat offence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional step not taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no conciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no conciliation: a party did not answer the convocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeat offence: no conciliation, transmission to the chamber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 before receipt of the complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after receipt of the complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 before the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the missed deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The texts set no deadline for this route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the date the authority received the complaint: every deadline counts from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint was received before the conciliation procedure of décret 2020-1215 took effect: the current rules are shown for reference.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file cannot be read. Check that you are allowed to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Saisine database. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the database cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be opened. It was left untouched; restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is a database of another program, not a Saisine database. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was made by a newer version of Saisine (format %1; this version reads up to format %2). Install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be prepared for use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup could not be written before updating the database; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be updated to format %1; it was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy or read-only; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes could not be saved; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1, row %2 refers to a missing record in table %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database format is %1 instead of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Saisine database at this place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1, column %2 holds the unknown value &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection to the database only reads; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlinesIcs</name>
    <message>
        <source>The calendar file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Falls on a public holiday (%1): the legal date is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Falls on a weekend: the legal date is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rule needs confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The demo needs a valid reference date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of demo cases cannot be negative (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference date of the demo is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentCommands</name>
    <message>
        <source>the case, by id or reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list what is missing and write nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date printed on the document (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also store the PDF in the case&apos;s register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs --case ID or --case REFERENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs --out FILE.pdf (or --check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date: &quot;%1&quot; is not a date of the form YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some data is missing (listed above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs --kind (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the register as document %1 (SHA-256 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PNG or JPEG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letterhead needs --logo FILE or --clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the templates in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store FILE as a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template&apos;s new text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>go back to the built-in text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template needs one of --list, --show NAME, --set NAME --file FILE, --reset NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentComposer</name>
    <message>
        <source>The association&apos;s name is not set (association profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The association&apos;s postal address is incomplete (association profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the association&apos;s representative who signs is not set (association profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The association&apos;s approval number (agrément, art. L1114-1 CSP) is not set: only an approved association may file for the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s postal address is incomplete (street, postcode and city).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of a professional is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place of practice of %1 is missing (postcode and city).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case names no professional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the facts is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description of the facts is missing (the person&apos;s account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of %1 is missing in the institutions directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has no conciliation procedure: record the complaint that was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the complaint was received (on the acknowledgement of receipt of the registered letter) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s city is missing (it is the place the letter is written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The association&apos;s city is missing (it is the place the letter is written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profession has no ordre, so there is no conciliation procedure: write to the CPAM mediator instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profession has no ordre: write to the CPAM mediator instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The law tables give no deontology article for this profession.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DGCCRF deals with refusals of sale: record the form &quot;refusal of sale&quot; if the pharmacy refused to dispense or sell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 8-day deadline for the acknowledgement (%1) has not passed yet: a reminder would be premature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acknowledgement was received on %1: no reminder is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conciliation session has been held: this letter is not needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 3-month deadline (%1) has not passed yet: a carence letter would be premature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has no evidence: there is nothing to list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profession has no ordre: there is no conciliation session to be represented at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document cannot be written yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentKinds</name>
    <message>
        <source>Complaint to the CPAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint to the ordre council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter to the Défenseur des droits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request to the CPAM mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report to the DGCCRF (DDPP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s own complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder: no acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder: session deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carence letter to the CPAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of exhibits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandate to file the complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandate of representation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentRegister</name>
    <message>
        <source>document &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has no content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document belongs to no case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has no date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document&apos;s content does not match its SHA-256: it was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the date the mandate was signed before attaching its scanned copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mandate #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed, waiting for signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed, scanned copy missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed, scanned copy attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceRepository</name>
    <message>
        <source>The file &quot;%1&quot; does not match its recorded SHA-256 fingerprint: it was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Expected an object ({...}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;: this file was not written for this format, or the name is misspelt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of the form YYYY-MM-DDThh:mm:ssZ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a list ([...]).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the allowed values: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON (line %1, column %2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not contain a Saisine export (expected an object at the top).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Saisine exchange file (format must be &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a whole number of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was written by a newer version of Saisine (format %1; this version reads up to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two persons have the same uid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two professionals have the same uid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person with uid &quot;%1&quot; in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No professional with uid &quot;%1&quot; in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a date of the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file content is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person with this uid is already in the database (was this file imported before?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A professional with this uid is already in the database (was this file imported before?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record of this case is already in the database (was this file imported before?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case with uid &quot;%1&quot; in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the allowed values: generated, signed_scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document no longer matches its SHA-256: it was changed after it was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document with this uid is already in the database (was this file imported before?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstitutionDirectory</name>
    <message>
        <source>The built-in institutions directory is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>institution %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>institution &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The institution needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postcode &quot;%1&quot; is not valid: it has 5 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ordre council needs the profession it oversees.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LawData</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victory in Europe Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumption Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Saints&apos; Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Armistice Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St Stephen&apos;s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abolition of slavery</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LawTables</name>
    <message>
        <source>departmental council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>departmental or inter-departmental council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regional council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regional or inter-regional council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>central council of the section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ordre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A required value is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list must contain only text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date is not valid (expected YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown value &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file of corrections to the law tables cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file of corrections to the law tables is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A built-in law table is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A built-in law table is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corrections file names a table that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each table of the corrections file must be a list of rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, table %2, row %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This day does not exist in that month.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MandateRepository</name>
    <message>
        <source>mandate #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextActions</name>
    <message>
        <source>Record the date the authority received the complaint (see the postal acknowledgement): the deadlines count from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No acknowledgement of receipt by %1: send a reminder to the authority that received the complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No convocation yet and the session must be held by %1: remind both the CPAM and the ordre council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session record by %1: ask the commission&apos;s secretariat for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline missed (%1, due %2): write to the CPAM director about the carence of the ordre council, who may impose a penalty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfRenderer</name>
    <message>
        <source>The document could not be drawn (the printer or file refused it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>person #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person still has cases: delete or reassign them first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcedureCommands</name>
    <message>
        <source>output format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[to confirm]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[corrected by the association]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[date before this rule took effect]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law read at %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deontology article: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Professional already known in %n other case(s):</source>
        <translation>
            <numerusform>Professional already known in %n other case:</numerusform>
            <numerusform>Professional already known in %n other cases:</numerusform>
        </translation>
    </message>
    <message>
        <source>REPEAT OFFENCE: final sanction of %1 in case %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[open]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[closed]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other possible bodies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case, by id or reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routes needs --case ID or --case REFERENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (text or json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat offence: final sanction of %1 in case %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(done %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public holiday (%1); next working day %2; the legal date is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekend; next working day %1; the legal date is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carence of the ordre since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TO DO since %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compute as if today were DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days before a deadline when it counts as due soon (default 7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (text, json or ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--due-soon-days needs a number of days between 0 and 365</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of needs a date written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcedureQueries</name>
    <message>
        <source>known professionals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earlier cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open procedures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcedureRepository</name>
    <message>
        <source>A step of the procedure has no valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>procedure #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>procedure step #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcedureService</name>
    <message>
        <source>The case names no professional.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfessionalDirectory</name>
    <message>
        <source>professionals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfessionalRepository</name>
    <message>
        <source>professional #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This professional is named in cases: remove them from those cases first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepeatOffence</name>
    <message>
        <source>same professional record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same RPPS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name, profession and postcode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlSupport</name>
    <message>
        <source>This record already exists (a unique value is used twice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record refers to another record that does not exist, or is still used by another record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A required value is missing or not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is in use by another program. Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not carry out the operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record does not exist (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateEngine</name>
    <message>
        <source>template &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section &quot;%1&quot; is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &quot;{{&quot; is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty tag &quot;{{}}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{{/%1}}&quot; closes a section that is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown template part &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template parts include each other endlessly (&quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template uses &quot;%1&quot;, which is not a field of this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is empty: the document would have a gap.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>There is no template named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo is not an image Saisine can read (use PNG or JPEG).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The postcode &quot;%1&quot; is not valid: it must have 5 digits, e.g. 75011.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The département &quot;%1&quot; is not valid: write its number, e.g. 69, 2A, 2B or 974.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 (%2) is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; is not valid: write 10 digits (01 23 45 67 89) or an international number (+33 1 23 45 67 89).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address &quot;%1&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>professional &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s last name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth is before 1900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same health cover is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date on which the person consented to the processing of their data is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A consent date is given but the consent is not recorded as given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The professional&apos;s name (or the name of the practice or pharmacy) is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RPPS number &quot;%1&quot; is not valid: it has exactly 11 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A section of the order of pharmacists is given for someone who is not a pharmacist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case reference is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case reference must be one short line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case must name the person it concerns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case must name at least one health professional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same professional is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date of the facts is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of the facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same form of refusal is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Other&quot; is ticked among the forms of refusal: describe it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same ground is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attached file has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A piece of evidence needs a description or an attached file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step of the procedure has no valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mandate must say what it covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mandate lists the same power twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of signature of the mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mandate that was never signed cannot be revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mandate is revoked before it was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>association profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The association&apos;s name is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Not specified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C2S (solidarity health cover)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AME (state medical aid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALD (long-term illness)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMU-C (before 2019)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACS (before 2019)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to see or treat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment abnormally late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated or unjustified referral elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different conditions from other patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees above the regulated rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused third-party payment, asked to pay upfront</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to draw up a quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abusive billing of acts outside the nomenclature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discriminatory attitude or behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharmacy refused to dispense or sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice or online profile excluding a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept the patient&apos;s documents pending payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Particular economic vulnerability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State of health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss of autonomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genetic characteristics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morals (mœurs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexual orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political opinions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade union activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ability to speak a language other than French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belonging to an ethnic group, true or supposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belonging to a nation, true or supposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belonging to a so-called race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Religion, true or supposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whistle-blower status (to confirm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexual harassment suffered or refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder of the C2S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder of the AME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder of the CMU-C (before 2019)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder of the ACS (before 2019)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dentist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Midwife</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physiotherapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Podiatrist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharmacist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing-aid specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orthoptist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupational therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychomotor therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dietitian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other health professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector 2 with OPTAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not contracted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section A (community pharmacy owners)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section B (industry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section C (wholesale distribution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section D (assistant and other pharmacists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section E (overseas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section G (medical biology)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section H (health establishments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronological account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written answer from the professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot of an online booking profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice or care sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of a phone test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conciliation procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPAM mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Défenseur des droits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DGCCRF (consumer protection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPAM (local health insurance fund)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council of the professional order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DDPP / DDETSPP (consumer protection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public prosecutor or police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint received by the authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement of receipt received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint forwarded to the other authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional notified of the complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional summoned for a hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convocation to the session sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conciliation session scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conciliation session held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session record received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conciliation reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conciliation: a party did not answer the convocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transmitted to the disciplinary chamber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure of the order to act (carence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalty decided by the CPAM director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision of the disciplinary chamber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final sanction for discriminatory refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Express mandate to file the complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandate of representation at the conciliation session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File the complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assist the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Represent the person at the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive the correspondence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health insurance fund (CPAM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordre council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer protection office (DDPP/DGCCRF)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cases of discriminatory refusal of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the database FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be opened.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demonstration cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a throwaway database filled with fictional cases (deleted on exit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary folder for the demonstration database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demonstration cases cannot be created.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisine — demonstration (nothing is kept)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saisine::AssociationDialog</name>
    <message>
        <source>Association profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;treet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ostcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Département:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approval number (L1114-1 CSP):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Representative:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative&apos;s r&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Federation (copy of letters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saisine::CaseFileWidget</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file as evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case has unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections of the case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional already known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grounds the person believes are the real reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grounds of discrimination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;file as new evidence...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a file as new evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttach a file to the selected evidence...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file to the selected evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;without a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence without a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove the selected evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached files are copied into the case database with their SHA-256 fingerprint, which proves they were not changed afterwards. The original can be moved or deleted without loss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandates of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Powers given by the mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add as a new mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pply to the selected mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the changes to the selected mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove the selected mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Po&amp;wers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed a&amp;t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voked on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes for the association (not printed in letters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case %1 has unsaved changes: the other case was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This professional is already known in %n other case(s) of the association: %1.</source>
        <translation>
            <numerusform>This professional is already known in %n other case of the association: %1.</numerusform>
            <numerusform>This professional is already known in %n other cases of the association: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No case open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s consent to the processing of their data is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case %1 has changes that are not saved yet. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved. %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the evidence the file belongs to first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is larger than %2 MB: keep it outside Saisine and describe it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saisine::CaseListModel</name>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saisine::DashboardModel</name>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saisine::DeadlinesModel</name>
    <message>
        <source>(non-working day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saisine::DocumentEditorDialog</name>
    <message>
        <source>&amp;Keep the printed or saved PDF in the case&apos;s register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the letter and adjust the wording if needed. Changes apply to this letter only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saisine::DocumentRegisterModel</name>
    <message>
        <source>%1 (signed copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
SHA-256: %2
Template: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saisine::DocumentsPanel</name>
    <message>
        <source>&amp;New document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the &amp;signed mandate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the si&amp;gnature…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke the mandate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This mandate no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person revoked the mandate (by letter or in person). The association no longer acts for them from this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saisine::EvidenceModel</name>
    <message>
        <source>no file yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 (start)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saisine::EvidencePage</name>
    <message>
        <source>Which clues does the person have?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List what the person can show: a written answer, a screenshot of the booking profile, an invoice, a witness... Files can be attached later in the case file. The case is created when you click &quot;Create the case&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of clue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the clue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of the clue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the clue to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove the selected clue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected clue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clues at hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saisine::FactsForm</name>
    <message>
        <source>Date of the facts to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this date of the facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve the selected date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected date of the facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates of the facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of the facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice, pharmacy, hospital, booking website...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms of refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other form of refusal, described</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason given by the professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their own words, if they gave one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date of the facts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason given:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saisine::FactsPage</name>
    <message>
        <source>What happened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When and where it happened, what the professional did, what reason they gave, and the person&apos;s account in their own words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saisine::FirstRunDialog</name>
    <message>
        <source>Welcome to Saisine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Saisine keeps the cases of your association in one file on this computer. Nothing is sent anywhere.&lt;/p&gt;&lt;p&gt;The place below suits most associations. Choose another folder if yours keeps its files elsewhere (an encrypted disk, for example). You will then be asked for your association&apos;s profile, which signs the letters.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisine database (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the name of a file, for example saisine.sqlite.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saisine::GroundsPage</name>
    <message>
        <source>Why does the person think they were refused?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grounds of discrimination the person believes are the real reason (art. 225-1 of the Code pénal and L1110-3 CSP). Tick all that apply; they can be changed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grounds of discrimination</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saisine::HelpDialog</name>
    <message>
        <source>Saisine user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide is missing from this installation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saisine::InstitutionsDialog</name>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institutions directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Madame la Directrice; empty: Madame, Monsieur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 69 01; empty: the whole country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession (ordre councils)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Départements served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters take the recipient&apos;s address and title from here. Addresses change: check them against the institution&apos;s own website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saisine::IntakeWizard</name>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandon the new case?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you entered for this new case has not been saved. Abandon it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saisine::MainWindow</name>
    <message>
        <source>Saisine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Professionals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The law tables cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: reference, person, professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All professions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only cases with an overdue deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case list cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every professional named in a case, with the number of the association&apos;s cases against them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit professional…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Association profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deadlines dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;revious case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the deadlines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines as of %1: %2 overdue, %3 due this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadlines cannot be computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadlines cannot be computed without the law tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The professionals cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>The association profile cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Institutions directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First-time setup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Saisine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Saisine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows complaints about discriminatory refusal of care (art. L1110-3 of the Code de la santé publique).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies at the next start of Saisine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-time setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisine will open %1 at its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The documents of the case cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged. To protect what it holds, nothing more will be saved in it: close Saisine and restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saisine::MandatesModel</name>
    <message>
        <source>not signed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Powers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saisine::NewDocumentDialog</name>
    <message>
        <source>New document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents that can be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (information missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which document?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything this document needs is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before this document can be written:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saisine::OptionalDateEdit</name>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saisine::PersonForm</name>
    <message>
        <source>Civility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person &amp;agrees that the association records and uses their data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to the processing of data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Civility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pos&amp;tcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health c&amp;over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick nothing when the person has no particular cover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saisine::PersonPage</name>
    <message>
        <source>Who is the person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person who was refused care, or given worse care. Only the last name is required; their consent to the recording of their data is needed before anything is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s consent to the processing of their data is required before the case can be saved. Tick the consent box once they have agreed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saisine::ProcedureEventsModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saisine::ProceduresSection</name>
    <message>
        <source>Procedure shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route of the new procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start a procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the procedure shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority seized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. CPAM du Rhône</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authority&apos;s file number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline of the procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record this &amp;step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines of the procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Procedure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New procedure &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its file &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;ep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(received on %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No procedure yet: choose a route above and start one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint received on %1 (day 0 of the procedure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat offence (%1): no conciliation, transmission to the disciplinary chamber.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure of the order to act since %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saisine::ProfessionalDialog</name>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Civility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name or practice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profession:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Specialty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;RPPS number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;stablishment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;treet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ostcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saisine::ProfessionalForm</name>
    <message>
        <source>Professional&apos;s civility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional&apos;s first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional&apos;s name or practice name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section of the order of pharmacists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPPS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11 digits, if known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street of the place of practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode of the place of practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City of the place of practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ci&amp;vility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name or practice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rofession:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spec&amp;ialty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sec&amp;tor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharmacist secti&amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPP&amp;S number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esta&amp;blishment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Str&amp;eet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post&amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saisine::ProfessionalPage</name>
    <message>
        <source>RPPS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which professional?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for the professional among those the association already knows, by name or RPPS number; otherwise describe them below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search a known professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or RPPS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known professionals found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the professional selected in the &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the selected known professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A professional &amp;not recorded yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a new professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional already known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This professional is already known in %n other case(s) of the association: %1.</source>
        <translation>
            <numerusform>This professional is already known in %n other case of the association: %1.</numerusform>
            <numerusform>This professional is already known in %n other cases of the association: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a professional in the list, or choose to record a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saisine::ProfessionalsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saisine::RoutesPage</name>
    <message>
        <source>The case is created: where to file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes open for this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents to prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Routes, competent bodies and legal sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documents to prepare:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is recorded for %2. The routes below can often be taken in parallel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The professional is already known in %n other case(s).</source>
        <translation>
            <numerusform>The professional is already known in %n other case.</numerusform>
            <numerusform>The professional is already known in %n other cases.</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat offence: a final sanction of %1 in case %2 means no conciliation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deontology article of the profession: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint to the CPAM director or to the president of the ordre council (either one starts the procedure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandate of representation for the conciliation session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request to the CPAM mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter to the Défenseur des droits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report to the DGCCRF (departmental consumer protection office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Express mandate for the association to file on the person&apos;s behalf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of exhibits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
