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
        <source>corrections to the law tables (default: &lt;database&gt;.law.json next to the database)</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>saisine::MainWindow</name>
    <message>
        <source>Saisine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Saisine&lt;/h2&gt;&lt;p&gt;Cases of discriminatory refusal of care.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) in this database.</source>
        <translation>
            <numerusform>%n case in this database.</numerusform>
            <numerusform>%n cases in this database.</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
