<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>BuildInfo</name>
    <message>
        <source>Saisine %1 (built on %2)</source>
        <translation>Saisine %1 (compilé le %2)</translation>
    </message>
    <message>
        <source>Qt %1, SQLite driver missing</source>
        <translation>Qt %1, pilote SQLite absent</translation>
    </message>
    <message>
        <source>Qt %1, SQLite %2</source>
        <translation>Qt %1, SQLite %2</translation>
    </message>
    <message>
        <source>Licence: %1 (GNU General Public License, version 3 or later)</source>
        <translation>Licence : %1 (GNU General Public License, version 3 ou ultérieure)</translation>
    </message>
</context>
<context>
    <name>CaseFile</name>
    <message>
        <source>[to confirm]</source>
        <translation>[à vérifier]</translation>
    </message>
    <message>
        <source>[corrected by the association]</source>
        <translation>[corrigé par l&apos;association]</translation>
    </message>
    <message>
        <source>[date before this rule took effect]</source>
        <translation>[date antérieure à l&apos;entrée en vigueur de cette règle]</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>A professional named in the case does not exist.</source>
        <translation>Un professionnel cité dans le dossier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Another case already has the reference %1.</source>
        <translation>Un autre dossier porte déjà la référence %1.</translation>
    </message>
    <message>
        <source>The person named in the case does not exist.</source>
        <translation>La personne citée dans le dossier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>case #%1</source>
        <translation>dossier n° %1</translation>
    </message>
    <message>
        <source>There is no case with the reference %1.</source>
        <translation>Aucun dossier ne porte la référence %1.</translation>
    </message>
</context>
<context>
    <name>CaseRoutes</name>
    <message>
        <source>Chosen by the caseworker instead of %1.</source>
        <translation>Organisme choisi par l&apos;association au lieu de celui proposé : %1.</translation>
    </message>
    <message>
        <source>The professional belongs to an ordre: a complaint to the CPAM director or to the president of the ordre council opens the conciliation procedure; the one that receives it forwards it to the other.</source>
        <translation>Le professionnel relève d&apos;un ordre : une plainte adressée au directeur de la CPAM ou au président du conseil de l&apos;ordre ouvre la procédure de conciliation ; celui qui la reçoit la transmet à l&apos;autre.</translation>
    </message>
    <message>
        <source>Repeat offence: a final sanction of %1 (case %2) falls within the 6 years before %3. There is no conciliation session; the complaint goes to the disciplinary chamber within 3 months of receipt (%4).</source>
        <translation>Récidive : une sanction définitive du %1 (dossier %2) se situe dans les 6 ans précédant le %3. Il n&apos;y a pas de séance de conciliation ; la plainte est transmise à la chambre disciplinaire de première instance dans les 3 mois suivant sa réception (%4).</translation>
    </message>
    <message>
        <source>The profession has no ordre: there is no conciliation commission. Use the CPAM mediator.</source>
        <translation>La profession n&apos;a pas d&apos;ordre : il n&apos;y a pas de commission de conciliation. Saisissez le médiateur de la CPAM.</translation>
    </message>
    <message>
        <source>The profession has no ordre: the mediator of the CPAM handles the complaint.</source>
        <translation>La profession n&apos;a pas d&apos;ordre : le médiateur de la CPAM traite la plainte.</translation>
    </message>
    <message>
        <source>The person holds (or held) the C2S or the AME: the CPAM mediator can act in parallel with the conciliation procedure, without changing its deadlines.</source>
        <translation>La personne bénéficie (ou a bénéficié) de la C2S ou de l&apos;AME : le médiateur de la CPAM peut intervenir en parallèle de la procédure de conciliation, sans en modifier les délais.</translation>
    </message>
    <message>
        <source>Only for professions without an ordre, or in parallel for C2S and AME holders.</source>
        <translation>Uniquement pour les professions sans ordre, ou en parallèle pour les bénéficiaires de la C2S et de l&apos;AME.</translation>
    </message>
    <message>
        <source>The texts set no deadline for the mediator.</source>
        <translation>Les textes ne fixent aucun délai au médiateur.</translation>
    </message>
    <message>
        <source>Any person who believes they were discriminated against can refer the matter to the Défenseur des droits, free of charge.</source>
        <translation>Toute personne qui s&apos;estime victime d&apos;une discrimination peut saisir gratuitement le Défenseur des droits.</translation>
    </message>
    <message>
        <source>National independent authority; a local delegate can also receive the person.</source>
        <translation>Autorité indépendante nationale ; un délégué local peut aussi recevoir la personne.</translation>
    </message>
    <message>
        <source>When the conciliation commission is also seized, the Défenseur des droits often waits for its outcome.</source>
        <translation>Lorsque la commission de conciliation est également saisie, le Défenseur des droits attend souvent son issue.</translation>
    </message>
    <message>
        <source>A pharmacy refused to sell or dispense: refusal of sale under the consumer code.</source>
        <translation>Une pharmacie a refusé de vendre ou de délivrer : refus de vente au sens du code de la consommation.</translation>
    </message>
    <message>
        <source>Only for a refusal of sale in a pharmacy.</source>
        <translation>Uniquement pour un refus de vente en pharmacie.</translation>
    </message>
    <message>
        <source>Discrimination consisting in refusing a service is an offence (3 years&apos; imprisonment and a 45,000 euro fine).</source>
        <translation>La discrimination consistant à refuser un service est un délit (3 ans d&apos;emprisonnement et 45 000 euros d&apos;amende).</translation>
    </message>
    <message>
        <source>A complaint can be lodged with the police, the gendarmerie or the public prosecutor.</source>
        <translation>La plainte peut être déposée auprès de la police, de la gendarmerie ou du procureur de la République.</translation>
    </message>
    <message>
        <source>date the complaint was received</source>
        <translation>date de réception de la plainte</translation>
    </message>
    <message>
        <source>date of the facts</source>
        <translation>date des faits</translation>
    </message>
    <message>
        <source>today, no date of the facts being known</source>
        <translation>aujourd&apos;hui, faute de date des faits connue</translation>
    </message>
</context>
<context>
    <name>CaseSearch</name>
    <message>
        <source>case list</source>
        <translation>liste des dossiers</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>corrections to the law tables (default: &lt;database&gt;.law.json next to the database)</source>
        <translation>corrections des tables juridiques (par défaut : &lt;base&gt;.law.json à côté de la base)</translation>
    </message>
</context>
<context>
    <name>CompetentAuthority</name>
    <message>
        <source>A pharmacist outside section A answers to the central council of their section.</source>
        <translation>Un pharmacien qui n&apos;appartient pas à la section A relève du conseil central de sa section.</translation>
    </message>
    <message>
        <source>For this profession the ordre sits at regional level, in the region of the place of practice.</source>
        <translation>Pour cette profession, l&apos;ordre siège à l&apos;échelon régional, dans la région du lieu d&apos;exercice.</translation>
    </message>
    <message>
        <source>The ordre council of the place of practice receives the complaint and sits on the joint conciliation commission.</source>
        <translation>Le conseil de l&apos;ordre du lieu d&apos;exercice reçoit la plainte et siège à la commission mixte de conciliation.</translation>
    </message>
    <message>
        <source>Where councils have been merged, it is the merged council.</source>
        <translation>Si des conseils ont été regroupés (conseil interdépartemental ou interrégional), c&apos;est le conseil regroupé qui est compétent.</translation>
    </message>
    <message>
        <source>The pharmacist&apos;s section is not recorded: section A (pharmacy owner) was assumed.</source>
        <translation>La section du pharmacien n&apos;est pas renseignée : la section A (titulaire d&apos;officine) a été retenue par défaut.</translation>
    </message>
    <message>
        <source>The département of the place of practice is not known: add it to name the council.</source>
        <translation>Le département du lieu d&apos;exercice n&apos;est pas connu : indiquez-le pour désigner le conseil.</translation>
    </message>
    <message>
        <source>The local health insurance fund where the practitioner is installed (département %1).</source>
        <translation>La caisse primaire d&apos;assurance maladie du lieu d&apos;installation du praticien (département : %1).</translation>
    </message>
    <message>
        <source>This département has several funds: check which one covers the commune of the practice.</source>
        <translation>Ce département compte plusieurs caisses : vérifiez laquelle couvre la commune du cabinet.</translation>
    </message>
    <message>
        <source>CPAM of the place of practice</source>
        <translation>CPAM du lieu d&apos;exercice</translation>
    </message>
    <message>
        <source>The département of the place of practice is not known: add it to name the fund.</source>
        <translation>Le département du lieu d&apos;exercice n&apos;est pas connu : indiquez-le pour désigner la caisse.</translation>
    </message>
    <message>
        <source>Mediator of the %1</source>
        <translation>Médiateur de la %1</translation>
    </message>
    <message>
        <source>Every local fund has a mediator, who handles refusals of care by professionals without an ordre and can act in parallel for C2S and AME holders.</source>
        <translation>Chaque caisse locale a un médiateur, qui traite les refus de soins des professionnels sans ordre et peut intervenir en parallèle pour les bénéficiaires de la C2S et de l&apos;AME.</translation>
    </message>
    <message>
        <source>The local office of the DGCCRF in the département of the pharmacy deals with refusals of sale.</source>
        <translation>Le service local de la DGCCRF (DDPP ou DDETSPP) du département de la pharmacie traite les refus de vente.</translation>
    </message>
</context>
<context>
    <name>ConciliationDeadlines</name>
    <message>
        <source>Acknowledgement of receipt to the complainant</source>
        <translation>Accusé de réception à l&apos;auteur de la plainte</translation>
    </message>
    <message>
        <source>Complaint forwarded to the other authority</source>
        <translation>Transmission de la plainte à l&apos;autre autorité</translation>
    </message>
    <message>
        <source>Professional informed of the complaint</source>
        <translation>Information du professionnel mis en cause</translation>
    </message>
    <message>
        <source>Hearing of the professional (optional)</source>
        <translation>Audition du professionnel (facultative)</translation>
    </message>
    <message>
        <source>Convocation of the parties to the session</source>
        <translation>Convocation des parties à la séance</translation>
    </message>
    <message>
        <source>Conciliation session</source>
        <translation>Séance de conciliation</translation>
    </message>
    <message>
        <source>Session record sent to the parties</source>
        <translation>Envoi du relevé de séance aux parties</translation>
    </message>
    <message>
        <source>Transmission to the disciplinary chamber</source>
        <translation>Transmission à la chambre disciplinaire</translation>
    </message>
    <message>
        <source>Transmission to the disciplinary chamber (repeat offence)</source>
        <translation>Transmission à la chambre disciplinaire (récidive)</translation>
    </message>
    <message>
        <source>not yet applicable</source>
        <translation>pas encore applicable</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>échéance proche</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>met</source>
        <translation>fait dans le délai</translation>
    </message>
    <message>
        <source>met late</source>
        <translation>fait hors délai</translation>
    </message>
    <message>
        <source>optional step not taken</source>
        <translation>étape facultative non réalisée</translation>
    </message>
    <message>
        <source>no longer applicable</source>
        <translation>devenu sans objet</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>conciliation</source>
        <translation>conciliation</translation>
    </message>
    <message>
        <source>no conciliation</source>
        <translation>absence de conciliation</translation>
    </message>
    <message>
        <source>no conciliation: a party did not answer the convocation</source>
        <translation>absence de conciliation : une partie n&apos;a pas répondu à la convocation</translation>
    </message>
    <message>
        <source>repeat offence: no conciliation, transmission to the chamber</source>
        <translation>récidive : pas de conciliation, transmission à la chambre disciplinaire</translation>
    </message>
    <message>
        <source>complaint withdrawn</source>
        <translation>plainte retirée</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 before receipt of the complaint</source>
        <translation>%1 avant la réception de la plainte</translation>
    </message>
    <message>
        <source>%1 after receipt of the complaint</source>
        <translation>%1 après la réception de la plainte</translation>
    </message>
    <message>
        <source>%1 before the session</source>
        <translation>%1 avant la séance</translation>
    </message>
    <message>
        <source>%1 after the session</source>
        <translation>%1 après la séance</translation>
    </message>
    <message>
        <source>from the missed deadline</source>
        <translation>à compter de l&apos;échéance manquée</translation>
    </message>
    <message>
        <source>The texts set no deadline for this route.</source>
        <translation>Les textes ne fixent aucun délai pour cette voie de recours.</translation>
    </message>
    <message>
        <source>Record the date the authority received the complaint: every deadline counts from it.</source>
        <translation>Indiquez la date à laquelle l&apos;autorité a reçu la plainte : tous les délais courent à partir de cette date.</translation>
    </message>
    <message>
        <source>The complaint was received before the conciliation procedure of décret 2020-1215 took effect: the current rules are shown for reference.</source>
        <translation>La plainte a été reçue avant l&apos;entrée en vigueur de la procédure de conciliation du décret n° 2020-1215 : les règles actuelles sont affichées à titre indicatif.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>Aucun fichier de base de données n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>The database file cannot be read. Check that you are allowed to open it.</source>
        <translation>Le fichier de la base de données ne peut pas être lu. Vérifiez que vous avez le droit de l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>This file is not a Saisine database. It was left untouched.</source>
        <translation>Ce fichier n&apos;est pas une base de données Saisine. Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The folder for the database cannot be created.</source>
        <translation>Le dossier de la base de données ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>Le pilote SQLite de Qt n&apos;est pas installé (paquet libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>The database file cannot be opened.</source>
        <translation>Le fichier de la base de données ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be opened. It was left untouched; restore a backup.</source>
        <translation>Le fichier de la base de données est endommagé et ne peut pas être ouvert. Il n&apos;a pas été modifié ; restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>This file is a database of another program, not a Saisine database. It was left untouched.</source>
        <translation>Ce fichier est la base de données d&apos;un autre logiciel, pas de Saisine. Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Saisine (format %1; this version reads up to format %2). Install the newer version to open it.</source>
        <translation>Cette base de données a été créée par une version plus récente de Saisine (format %1 ; cette version lit jusqu&apos;au format %2). Installez la version récente pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The database cannot be prepared for use.</source>
        <translation>La base de données ne peut pas être préparée à l&apos;utilisation.</translation>
    </message>
    <message>
        <source>A backup could not be written before updating the database; nothing was changed.</source>
        <translation>Impossible d&apos;écrire une sauvegarde avant la mise à jour de la base de données ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The database could not be updated to format %1; it was left as it was.</source>
        <translation>La base de données n&apos;a pas pu être mise à jour au format %1 ; elle est restée telle quelle.</translation>
    </message>
    <message>
        <source>The database is busy or read-only; nothing was saved.</source>
        <translation>La base de données est occupée ou en lecture seule ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The changes could not be saved; nothing was written.</source>
        <translation>Les modifications n&apos;ont pas pu être enregistrées ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Intégrité : %1</translation>
    </message>
    <message>
        <source>Table %1, row %2 refers to a missing record in table %3.</source>
        <translation>Table %1, ligne %2 : renvoie à un enregistrement absent de la table %3.</translation>
    </message>
    <message>
        <source>The database format is %1 instead of %2.</source>
        <translation>Le format de la base de données est %1 au lieu de %2.</translation>
    </message>
    <message>
        <source>There is no Saisine database at this place.</source>
        <translation>Il n&apos;y a pas de base Saisine à cet emplacement.</translation>
    </message>
    <message>
        <source>Table %1, column %2 holds the unknown value &quot;%3&quot;.</source>
        <translation>Table %1, colonne %2 : valeur inconnue « %3 ».</translation>
    </message>
    <message>
        <source>This connection to the database only reads; nothing was saved.</source>
        <translation>Cette connexion à la base ne fait que lire ; rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>DeadlinesIcs</name>
    <message>
        <source>The calendar file could not be written.</source>
        <translation>Le fichier de calendrier n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <source>Deadline: %1 (%2)</source>
        <translation>Échéance : %1 (%2)</translation>
    </message>
    <message>
        <source>Legal source: %1</source>
        <translation>Base légale : %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Fait le %1</translation>
    </message>
    <message>
        <source>Falls on a public holiday (%1): the legal date is kept.</source>
        <translation>Tombe un jour férié (%1) : la date légale est maintenue.</translation>
    </message>
    <message>
        <source>Falls on a weekend: the legal date is kept.</source>
        <translation>Tombe un week-end : la date légale est maintenue.</translation>
    </message>
    <message>
        <source>This rule needs confirmation.</source>
        <translation>Cette règle reste à confirmer.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The demo needs a valid reference date.</source>
        <translation>La démonstration nécessite une date de référence valide.</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>démonstration</translation>
    </message>
    <message>
        <source>The number of demo cases cannot be negative (%1).</source>
        <translation>Le nombre de dossiers de démonstration ne peut pas être négatif (%1).</translation>
    </message>
    <message>
        <source>The reference date of the demo is out of range.</source>
        <translation>La date de référence de la démonstration est hors des limites permises.</translation>
    </message>
</context>
<context>
    <name>DocumentCommands</name>
    <message>
        <source>the case, by id or reference</source>
        <translation>le dossier, par identifiant ou référence</translation>
    </message>
    <message>
        <source>the document: %1</source>
        <translation>le document : %1</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>le fichier PDF à écrire</translation>
    </message>
    <message>
        <source>list what is missing and write nothing</source>
        <translation>énumérer ce qui manque sans rien écrire</translation>
    </message>
    <message>
        <source>the date printed on the document (default: today)</source>
        <translation>la date imprimée sur le document (par défaut : aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>also store the PDF in the case&apos;s register</source>
        <translation>conserver aussi le PDF dans le registre du dossier</translation>
    </message>
    <message>
        <source>%1 needs --case ID or --case REFERENCE</source>
        <translation>%1 demande --case ID ou --case RÉFÉRENCE</translation>
    </message>
    <message>
        <source>%1 needs --out FILE.pdf (or --check)</source>
        <translation>%1 demande --out FICHIER.pdf (ou --check)</translation>
    </message>
    <message>
        <source>--date: &quot;%1&quot; is not a date of the form YYYY-MM-DD</source>
        <translation>--date : « %1 » n&apos;est pas une date de la forme AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (%2)</source>
        <translation>type inconnu « %1 » (%2)</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <source>missing data</source>
        <translation>données manquantes</translation>
    </message>
    <message>
        <source>some data is missing (listed above)</source>
        <translation>des données manquent (voir ci-dessus)</translation>
    </message>
    <message>
        <source>%1 needs --kind (%2)</source>
        <translation>%1 demande --kind (%2)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Stored in the register as document %1 (SHA-256 %2)</source>
        <translation>Conservé dans le registre comme document %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>a PNG or JPEG image</source>
        <translation>une image PNG ou JPEG</translation>
    </message>
    <message>
        <source>remove the logo</source>
        <translation>retirer le logo</translation>
    </message>
    <message>
        <source>letterhead needs --logo FILE or --clear</source>
        <translation>letterhead demande --logo FICHIER ou --clear</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>list the templates in use</source>
        <translation>liste les modèles en usage</translation>
    </message>
    <message>
        <source>print a template</source>
        <translation>affiche un modèle</translation>
    </message>
    <message>
        <source>store FILE as a new version</source>
        <translation>enregistre FILE comme nouvelle version</translation>
    </message>
    <message>
        <source>the template&apos;s new text</source>
        <translation>le nouveau texte du modèle</translation>
    </message>
    <message>
        <source>go back to the built-in text</source>
        <translation>revient au texte d&apos;origine</translation>
    </message>
    <message>
        <source>template needs one of --list, --show NAME, --set NAME --file FILE, --reset NAME</source>
        <translation>template attend --list, --show NOM, --set NOM --file FICHIER ou --reset NOM</translation>
    </message>
    <message>
        <source>saved %1 as %2</source>
        <translation>%1 enregistré en version %2</translation>
    </message>
</context>
<context>
    <name>DocumentComposer</name>
    <message>
        <source>The association&apos;s name is not set (association profile).</source>
        <translation>Le nom de l&apos;association n&apos;est pas renseigné (profil de l&apos;association).</translation>
    </message>
    <message>
        <source>The association&apos;s postal address is incomplete (association profile).</source>
        <translation>L&apos;adresse postale de l&apos;association est incomplète (profil de l&apos;association).</translation>
    </message>
    <message>
        <source>The name of the association&apos;s representative who signs is not set (association profile).</source>
        <translation>Le nom du représentant de l&apos;association qui signe n&apos;est pas renseigné (profil de l&apos;association).</translation>
    </message>
    <message>
        <source>The association&apos;s approval number (agrément, art. L1114-1 CSP) is not set: only an approved association may file for the person.</source>
        <translation>Le numéro d&apos;agrément de l&apos;association (art. L1114-1 CSP) n&apos;est pas renseigné : seule une association agréée peut déposer plainte pour la personne.</translation>
    </message>
    <message>
        <source>The person&apos;s name is missing.</source>
        <translation>Le nom de la personne manque.</translation>
    </message>
    <message>
        <source>The person&apos;s postal address is incomplete (street, postcode and city).</source>
        <translation>L&apos;adresse postale de la personne est incomplète (rue, code postal et ville).</translation>
    </message>
    <message>
        <source>The name of a professional is missing.</source>
        <translation>Le nom d&apos;un professionnel manque.</translation>
    </message>
    <message>
        <source>The place of practice of %1 is missing (postcode and city).</source>
        <translation>Le lieu d&apos;exercice de %1 manque (code postal et ville).</translation>
    </message>
    <message>
        <source>The case names no professional.</source>
        <translation>Le dossier ne mentionne aucun professionnel.</translation>
    </message>
    <message>
        <source>The date of the facts is missing.</source>
        <translation>La date des faits manque.</translation>
    </message>
    <message>
        <source>The description of the facts is missing (the person&apos;s account).</source>
        <translation>La description des faits manque (le récit de la personne).</translation>
    </message>
    <message>
        <source>The address of %1 is missing in the institutions directory.</source>
        <translation>L&apos;adresse de %1 manque dans l&apos;annuaire des institutions.</translation>
    </message>
    <message>
        <source>The case has no conciliation procedure: record the complaint that was sent.</source>
        <translation>Le dossier n&apos;a pas de procédure de conciliation : enregistrez la plainte envoyée.</translation>
    </message>
    <message>
        <source>The date the complaint was received (on the acknowledgement of receipt of the registered letter) is missing.</source>
        <translation>La date de réception de la plainte (sur l&apos;avis de réception de la lettre recommandée) manque.</translation>
    </message>
    <message>
        <source>The person&apos;s city is missing (it is the place the letter is written).</source>
        <translation>La ville de la personne manque (c&apos;est le lieu où la lettre est écrite).</translation>
    </message>
    <message>
        <source>The association&apos;s city is missing (it is the place the letter is written).</source>
        <translation>La ville de l&apos;association manque (c&apos;est le lieu où la lettre est écrite).</translation>
    </message>
    <message>
        <source>This profession has no ordre, so there is no conciliation procedure: write to the CPAM mediator instead.</source>
        <translation>Cette profession n&apos;a pas d&apos;ordre, il n&apos;y a donc pas de procédure de conciliation : écrivez plutôt au médiateur de la CPAM.</translation>
    </message>
    <message>
        <source>This profession has no ordre: write to the CPAM mediator instead.</source>
        <translation>Cette profession n&apos;a pas d&apos;ordre : écrivez plutôt au médiateur de la CPAM.</translation>
    </message>
    <message>
        <source>The law tables give no deontology article for this profession.</source>
        <translation>Les tables juridiques ne donnent aucun article de déontologie pour cette profession.</translation>
    </message>
    <message>
        <source>The DGCCRF deals with refusals of sale: record the form &quot;refusal of sale&quot; if the pharmacy refused to dispense or sell.</source>
        <translation>La DGCCRF traite les refus de vente : enregistrez la forme « refus de vente » si la pharmacie a refusé de délivrer ou de vendre.</translation>
    </message>
    <message>
        <source>The 8-day deadline for the acknowledgement (%1) has not passed yet: a reminder would be premature.</source>
        <translation>Le délai de 8 jours pour l&apos;accusé de réception (%1) n&apos;est pas encore écoulé : une relance serait prématurée.</translation>
    </message>
    <message>
        <source>The acknowledgement was received on %1: no reminder is needed.</source>
        <translation>L&apos;accusé de réception est arrivé le %1 : aucune relance n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>The conciliation session has been held: this letter is not needed.</source>
        <translation>La séance de conciliation a eu lieu : ce courrier n&apos;est pas nécessaire.</translation>
    </message>
    <message>
        <source>The 3-month deadline (%1) has not passed yet: a carence letter would be premature.</source>
        <translation>Le délai de 3 mois (%1) n&apos;est pas encore écoulé : un courrier de carence serait prématuré.</translation>
    </message>
    <message>
        <source>The case has no evidence: there is nothing to list.</source>
        <translation>Le dossier ne contient aucune pièce : il n&apos;y a rien à énumérer.</translation>
    </message>
    <message>
        <source>This profession has no ordre: there is no conciliation session to be represented at.</source>
        <translation>Cette profession n&apos;a pas d&apos;ordre : il n&apos;y a pas de séance de conciliation où être représenté.</translation>
    </message>
    <message>
        <source>The document cannot be written yet: %1</source>
        <translation>Le document ne peut pas encore être rédigé : %1</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>dossier %1</translation>
    </message>
</context>
<context>
    <name>DocumentKinds</name>
    <message>
        <source>Complaint to the CPAM</source>
        <translation>Plainte à la CPAM</translation>
    </message>
    <message>
        <source>Complaint to the ordre council</source>
        <translation>Plainte au conseil de l&apos;ordre</translation>
    </message>
    <message>
        <source>Letter to the Défenseur des droits</source>
        <translation>Courrier au Défenseur des droits</translation>
    </message>
    <message>
        <source>Request to the CPAM mediator</source>
        <translation>Saisine du médiateur de la CPAM</translation>
    </message>
    <message>
        <source>Report to the DGCCRF (DDPP)</source>
        <translation>Signalement à la DGCCRF (DDPP)</translation>
    </message>
    <message>
        <source>The person&apos;s own complaint</source>
        <translation>Plainte de la personne elle-même</translation>
    </message>
    <message>
        <source>Reminder: no acknowledgement</source>
        <translation>Relance : pas d&apos;accusé de réception</translation>
    </message>
    <message>
        <source>Reminder: session deadline</source>
        <translation>Relance : échéance de la séance</translation>
    </message>
    <message>
        <source>Carence letter to the CPAM</source>
        <translation>Courrier de carence à la CPAM</translation>
    </message>
    <message>
        <source>List of exhibits</source>
        <translation>Bordereau de pièces</translation>
    </message>
    <message>
        <source>Mandate to file the complaint</source>
        <translation>Mandat exprès de saisine</translation>
    </message>
    <message>
        <source>Mandate of representation</source>
        <translation>Mandat de représentation</translation>
    </message>
</context>
<context>
    <name>DocumentRegister</name>
    <message>
        <source>document &quot;%1&quot;</source>
        <translation>document « %1 »</translation>
    </message>
    <message>
        <source>The document has no content.</source>
        <translation>Le document n&apos;a pas de contenu.</translation>
    </message>
    <message>
        <source>The document belongs to no case.</source>
        <translation>Le document n&apos;appartient à aucun dossier.</translation>
    </message>
    <message>
        <source>The document has no date.</source>
        <translation>Le document n&apos;a pas de date.</translation>
    </message>
    <message>
        <source>The document&apos;s content does not match its SHA-256: it was changed.</source>
        <translation>Le contenu du document ne correspond pas à son SHA-256 : il a été modifié.</translation>
    </message>
    <message>
        <source>document #%1</source>
        <translation>document n° %1</translation>
    </message>
    <message>
        <source>Record the date the mandate was signed before attaching its scanned copy.</source>
        <translation>Enregistrez la date de signature du mandat avant de joindre sa copie numérisée.</translation>
    </message>
    <message>
        <source>mandate #%1</source>
        <translation>mandat n° %1</translation>
    </message>
    <message>
        <source>Not printed yet</source>
        <translation>Pas encore imprimé</translation>
    </message>
    <message>
        <source>Printed, waiting for signatures</source>
        <translation>Imprimé, en attente des signatures</translation>
    </message>
    <message>
        <source>Signed, scanned copy missing</source>
        <translation>Signé, copie numérisée manquante</translation>
    </message>
    <message>
        <source>Signed, scanned copy attached</source>
        <translation>Signé, copie numérisée jointe</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
</context>
<context>
    <name>EvidenceRepository</name>
    <message>
        <source>The file &quot;%1&quot; does not match its recorded SHA-256 fingerprint: it was altered.</source>
        <translation>Le fichier « %1 » ne correspond plus à son empreinte SHA-256 enregistrée : il a été modifié.</translation>
    </message>
    <message>
        <source>evidence #%1</source>
        <translation>pièce n° %1</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Expected an object ({...}).</source>
        <translation>Un objet ({...}) est attendu.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;: this file was not written for this format, or the name is misspelt.</source>
        <translation>Champ inconnu « %1 » : ce fichier n&apos;a pas été écrit pour ce format, ou le nom est mal orthographié.</translation>
    </message>
    <message>
        <source>Expected text.</source>
        <translation>Un texte est attendu.</translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation>true ou false est attendu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD.</source>
        <translation>« %1 » n&apos;est pas une date de la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of the form YYYY-MM-DDThh:mm:ssZ.</source>
        <translation>« %1 » n&apos;est pas un horodatage de la forme AAAA-MM-JJThh:mm:ssZ.</translation>
    </message>
    <message>
        <source>Expected a list ([...]).</source>
        <translation>Une liste ([...]) est attendue.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the allowed values: %2.</source>
        <translation>« %1 » ne fait pas partie des valeurs permises : %2.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line %1, column %2): %3.</source>
        <translation>Le fichier n&apos;est pas du JSON valide (ligne %1, colonne %2) : %3.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>The file does not contain a Saisine export (expected an object at the top).</source>
        <translation>Le fichier ne contient pas un export Saisine (un objet est attendu au premier niveau).</translation>
    </message>
    <message>
        <source>This is not a Saisine exchange file (format must be &quot;%1&quot;).</source>
        <translation>Ce n&apos;est pas un fichier d&apos;échange Saisine (le format doit être « %1 »).</translation>
    </message>
    <message>
        <source>Expected a whole number of at least 1.</source>
        <translation>Un nombre entier supérieur ou égal à 1 est attendu.</translation>
    </message>
    <message>
        <source>This file was written by a newer version of Saisine (format %1; this version reads up to %2).</source>
        <translation>Ce fichier a été écrit par une version plus récente de Saisine (format %1 ; cette version lit jusqu&apos;au format %2).</translation>
    </message>
    <message>
        <source>association</source>
        <translation>association</translation>
    </message>
    <message>
        <source>Two persons have the same uid.</source>
        <translation>Deux personnes ont le même uid.</translation>
    </message>
    <message>
        <source>Two professionals have the same uid.</source>
        <translation>Deux professionnels ont le même uid.</translation>
    </message>
    <message>
        <source>No person with uid &quot;%1&quot; in this file.</source>
        <translation>Aucune personne n&apos;a l&apos;uid « %1 » dans ce fichier.</translation>
    </message>
    <message>
        <source>No professional with uid &quot;%1&quot; in this file.</source>
        <translation>Aucun professionnel n&apos;a l&apos;uid « %1 » dans ce fichier.</translation>
    </message>
    <message>
        <source>Expected a date of the form YYYY-MM-DD.</source>
        <translation>Une date de la forme AAAA-MM-JJ est attendue.</translation>
    </message>
    <message>
        <source>The file content is not valid base64.</source>
        <translation>Le contenu du fichier n&apos;est pas du base64 valide.</translation>
    </message>
    <message>
        <source>A person with this uid is already in the database (was this file imported before?).</source>
        <translation>Une personne avec cet uid est déjà dans la base (ce fichier a-t-il déjà été importé ?).</translation>
    </message>
    <message>
        <source>A professional with this uid is already in the database (was this file imported before?).</source>
        <translation>Un professionnel avec cet uid est déjà dans la base (ce fichier a-t-il déjà été importé ?).</translation>
    </message>
    <message>
        <source>A record of this case is already in the database (was this file imported before?).</source>
        <translation>Un élément de ce dossier est déjà dans la base (ce fichier a-t-il déjà été importé ?).</translation>
    </message>
    <message>
        <source>No case with uid &quot;%1&quot; in this file.</source>
        <translation>Aucun dossier d&apos;uid « %1 » dans ce fichier.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of document.</source>
        <translation>« %1 » n&apos;est pas un type de document.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the allowed values: generated, signed_scan.</source>
        <translation>« %1 » n&apos;est pas une des valeurs permises : generated, signed_scan.</translation>
    </message>
    <message>
        <source>The document no longer matches its SHA-256: it was changed after it was stored.</source>
        <translation>Le document ne correspond plus à son SHA-256 : il a été modifié après avoir été conservé.</translation>
    </message>
    <message>
        <source>A document with this uid is already in the database (was this file imported before?).</source>
        <translation>Un document de même uid est déjà dans la base (ce fichier a-t-il déjà été importé ?).</translation>
    </message>
</context>
<context>
    <name>InstitutionDirectory</name>
    <message>
        <source>The built-in institutions directory is missing from this build.</source>
        <translation>L&apos;annuaire intégré des institutions manque dans cette version.</translation>
    </message>
    <message>
        <source>institution %1</source>
        <translation>institution %1</translation>
    </message>
    <message>
        <source>institution &quot;%1&quot;</source>
        <translation>institution « %1 »</translation>
    </message>
    <message>
        <source>The institution needs a name.</source>
        <translation>L&apos;institution doit avoir un nom.</translation>
    </message>
    <message>
        <source>The postcode &quot;%1&quot; is not valid: it has 5 digits.</source>
        <translation>Le code postal « %1 » n&apos;est pas valide : il compte 5 chiffres.</translation>
    </message>
    <message>
        <source>An ordre council needs the profession it oversees.</source>
        <translation>Un conseil de l&apos;ordre doit indiquer la profession dont il relève.</translation>
    </message>
</context>
<context>
    <name>LawData</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>jour de l&apos;An</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Vendredi saint</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>lundi de Pâques</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>fête du Travail</translation>
    </message>
    <message>
        <source>Victory in Europe Day</source>
        <translation>fête de la Victoire</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Ascension</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation>lundi de Pentecôte</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>fête nationale</translation>
    </message>
    <message>
        <source>Assumption Day</source>
        <translation>Assomption</translation>
    </message>
    <message>
        <source>All Saints&apos; Day</source>
        <translation>Toussaint</translation>
    </message>
    <message>
        <source>Armistice Day</source>
        <translation>armistice de 1918</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Noël</translation>
    </message>
    <message>
        <source>St Stephen&apos;s Day</source>
        <translation>Saint-Étienne</translation>
    </message>
    <message>
        <source>Abolition of slavery</source>
        <translation>abolition de l&apos;esclavage</translation>
    </message>
</context>
<context>
    <name>LawTables</name>
    <message>
        <source>departmental council</source>
        <translation>conseil départemental</translation>
    </message>
    <message>
        <source>departmental or inter-departmental council</source>
        <translation>conseil départemental ou interdépartemental</translation>
    </message>
    <message>
        <source>regional council</source>
        <translation>conseil régional</translation>
    </message>
    <message>
        <source>regional or inter-regional council</source>
        <translation>conseil régional ou interrégional</translation>
    </message>
    <message>
        <source>central council of the section</source>
        <translation>conseil central de la section</translation>
    </message>
    <message>
        <source>no ordre</source>
        <translation>sans ordre</translation>
    </message>
    <message>
        <source>A required value is missing.</source>
        <translation>Une valeur obligatoire manque.</translation>
    </message>
    <message>
        <source>This value must be text.</source>
        <translation>Cette valeur doit être un texte.</translation>
    </message>
    <message>
        <source>This value must be a whole number.</source>
        <translation>Cette valeur doit être un nombre entier.</translation>
    </message>
    <message>
        <source>This value must be true or false.</source>
        <translation>Cette valeur doit être true ou false.</translation>
    </message>
    <message>
        <source>This value must be a list.</source>
        <translation>Cette valeur doit être une liste.</translation>
    </message>
    <message>
        <source>This list must contain only text.</source>
        <translation>Cette liste ne doit contenir que du texte.</translation>
    </message>
    <message>
        <source>This date is not valid (expected YYYY-MM-DD).</source>
        <translation>Cette date n&apos;est pas valide (format attendu : AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Unknown value &quot;%1&quot;.</source>
        <translation>Valeur inconnue « %1 ».</translation>
    </message>
    <message>
        <source>The file of corrections to the law tables cannot be read.</source>
        <translation>Le fichier de corrections des tables juridiques ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The file of corrections to the law tables is not valid JSON.</source>
        <translation>Le fichier de corrections des tables juridiques n&apos;est pas du JSON valide.</translation>
    </message>
    <message>
        <source>A built-in law table is missing from this build.</source>
        <translation>Une table juridique intégrée manque dans cette version du logiciel.</translation>
    </message>
    <message>
        <source>A built-in law table is damaged.</source>
        <translation>Une table juridique intégrée est endommagée.</translation>
    </message>
    <message>
        <source>The corrections file names a table that does not exist.</source>
        <translation>Le fichier de corrections cite une table qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Each table of the corrections file must be a list of rows.</source>
        <translation>Chaque table du fichier de corrections doit être une liste de lignes.</translation>
    </message>
    <message>
        <source>%1, table %2, row %3</source>
        <translation>%1, table %2, ligne %3</translation>
    </message>
    <message>
        <source>Each row must be a JSON object.</source>
        <translation>Chaque ligne doit être un objet JSON.</translation>
    </message>
    <message>
        <source>This number cannot be negative.</source>
        <translation>Ce nombre ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>This day does not exist in that month.</source>
        <translation>Ce jour n&apos;existe pas dans ce mois.</translation>
    </message>
</context>
<context>
    <name>MandateRepository</name>
    <message>
        <source>mandate #%1</source>
        <translation>mandat n° %1</translation>
    </message>
</context>
<context>
    <name>NextActions</name>
    <message>
        <source>Record the date the authority received the complaint (see the postal acknowledgement): the deadlines count from it.</source>
        <translation>Indiquez la date à laquelle l&apos;autorité a reçu la plainte (voir l&apos;avis de réception postal) : les délais courent à partir de cette date.</translation>
    </message>
    <message>
        <source>No acknowledgement of receipt by %1: send a reminder to the authority that received the complaint.</source>
        <translation>Pas d&apos;accusé de réception à la date limite du %1 : envoyez une relance à l&apos;autorité qui a reçu la plainte.</translation>
    </message>
    <message>
        <source>No convocation yet and the session must be held by %1: remind both the CPAM and the ordre council.</source>
        <translation>Toujours pas de convocation, alors que la séance doit se tenir au plus tard le %1 : relancez à la fois la CPAM et le conseil de l&apos;ordre.</translation>
    </message>
    <message>
        <source>No session record by %1: ask the commission&apos;s secretariat for it.</source>
        <translation>Pas de relevé de séance à la date limite du %1 : demandez-le au secrétariat de la commission.</translation>
    </message>
    <message>
        <source>Deadline missed (%1, due %2): write to the CPAM director about the carence of the ordre council, who may impose a penalty.</source>
        <translation>Délai dépassé (%1, échéance le %2) : écrivez au directeur de la CPAM pour signaler la carence du conseil de l&apos;ordre ; il peut prononcer une pénalité.</translation>
    </message>
</context>
<context>
    <name>PdfRenderer</name>
    <message>
        <source>The document could not be drawn (the printer or file refused it).</source>
        <translation>Le document n&apos;a pas pu être dessiné (l&apos;imprimante ou le fichier l&apos;a refusé).</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>Le PDF n&apos;a pas pu être écrit.</translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>person #%1</source>
        <translation>personne n° %1</translation>
    </message>
    <message>
        <source>This person still has cases: delete or reassign them first.</source>
        <translation>Cette personne a encore des dossiers : supprimez-les ou rattachez-les à quelqu&apos;un d&apos;autre d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>ProcedureCommands</name>
    <message>
        <source>output format: %1</source>
        <translation>format de sortie : %1</translation>
    </message>
    <message>
        <source>[to confirm]</source>
        <translation>[à confirmer]</translation>
    </message>
    <message>
        <source>[corrected by the association]</source>
        <translation>[corrigé par l&apos;association]</translation>
    </message>
    <message>
        <source>[date before this rule took effect]</source>
        <translation>[date antérieure à l&apos;entrée en vigueur de cette règle]</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <source>Law read at %1 (%2)</source>
        <translation>Droit applicable au %1 (%2)</translation>
    </message>
    <message>
        <source>Deontology article: %1</source>
        <translation>Article de déontologie : %1</translation>
    </message>
    <message numerus="yes">
        <source>Professional already known in %n other case(s):</source>
        <translation>
            <numerusform>Professionnel déjà connu dans %n autre dossier :</numerusform>
            <numerusform>Professionnel déjà connu dans %n autres dossiers :</numerusform>
        </translation>
    </message>
    <message>
        <source>REPEAT OFFENCE: final sanction of %1 in case %2</source>
        <translation>RÉCIDIVE : sanction définitive du %1 dans le dossier %2</translation>
    </message>
    <message>
        <source>[open]</source>
        <translation>[possible]</translation>
    </message>
    <message>
        <source>[closed]</source>
        <translation>[non applicable]</translation>
    </message>
    <message>
        <source>Other possible bodies: %1</source>
        <translation>Autres organismes possibles : %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <source>the case, by id or reference</source>
        <translation>le dossier, par identifiant ou par référence</translation>
    </message>
    <message>
        <source>routes needs --case ID or --case REFERENCE</source>
        <translation>routes nécessite --case ID ou --case REFERENCE</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (text or json)</source>
        <translation>format inconnu « %1 » (text ou json)</translation>
    </message>
    <message>
        <source>Deadlines as of %1</source>
        <translation>Échéances au %1</translation>
    </message>
    <message>
        <source>No open procedure.</source>
        <translation>Aucune procédure en cours.</translation>
    </message>
    <message>
        <source>Case %1 — %2</source>
        <translation>Dossier %1 — %2</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Réception : %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Issue : %1</translation>
    </message>
    <message>
        <source>Repeat offence: final sanction of %1 in case %2</source>
        <translation>Récidive : sanction définitive du %1 dans le dossier %2</translation>
    </message>
    <message>
        <source>(done %1)</source>
        <translation>(fait le %1)</translation>
    </message>
    <message>
        <source>public holiday (%1); next working day %2; the legal date is kept</source>
        <translation>jour férié (%1) ; prochain jour ouvré : %2 ; la date légale est maintenue</translation>
    </message>
    <message>
        <source>weekend; next working day %1; the legal date is kept</source>
        <translation>week-end ; prochain jour ouvré : %1 ; la date légale est maintenue</translation>
    </message>
    <message>
        <source>Carence of the ordre since %1</source>
        <translation>Carence de l&apos;ordre depuis le %1</translation>
    </message>
    <message>
        <source>TO DO since %1: %2</source>
        <translation>À FAIRE depuis le %1 : %2</translation>
    </message>
    <message>
        <source>compute as if today were DATE</source>
        <translation>calculer comme si la date du jour était DATE</translation>
    </message>
    <message>
        <source>days before a deadline when it counts as due soon (default 7)</source>
        <translation>nombre de jours avant une échéance à partir duquel elle est signalée comme proche (7 par défaut)</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (text, json or ics)</source>
        <translation>format inconnu « %1 » (text, json ou ics)</translation>
    </message>
    <message>
        <source>--due-soon-days needs a number of days between 0 and 365</source>
        <translation>--due-soon-days attend un nombre de jours compris entre 0 et 365</translation>
    </message>
    <message>
        <source>--as-of needs a date written YYYY-MM-DD</source>
        <translation>--as-of attend une date écrite sous la forme YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>ProcedureQueries</name>
    <message>
        <source>known professionals</source>
        <translation>professionnels déjà connus</translation>
    </message>
    <message>
        <source>earlier cases</source>
        <translation>dossiers antérieurs</translation>
    </message>
    <message>
        <source>open procedures</source>
        <translation>procédures en cours</translation>
    </message>
</context>
<context>
    <name>ProcedureRepository</name>
    <message>
        <source>A step of the procedure has no valid date.</source>
        <translation>Une étape de la procédure n&apos;a pas de date valide.</translation>
    </message>
    <message>
        <source>procedure #%1</source>
        <translation>procédure n° %1</translation>
    </message>
    <message>
        <source>procedure step #%1</source>
        <translation>étape de procédure n° %1</translation>
    </message>
</context>
<context>
    <name>ProcedureService</name>
    <message>
        <source>The case names no professional.</source>
        <translation>Le dossier ne cite aucun professionnel.</translation>
    </message>
</context>
<context>
    <name>ProfessionalDirectory</name>
    <message>
        <source>professionals</source>
        <translation>professionnels</translation>
    </message>
</context>
<context>
    <name>ProfessionalRepository</name>
    <message>
        <source>professional #%1</source>
        <translation>professionnel n° %1</translation>
    </message>
    <message>
        <source>This professional is named in cases: remove them from those cases first.</source>
        <translation>Ce professionnel est cité dans des dossiers : retirez-le d&apos;abord de ces dossiers.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>RepeatOffence</name>
    <message>
        <source>same professional record</source>
        <translation>même fiche professionnel</translation>
    </message>
    <message>
        <source>same RPPS number</source>
        <translation>même numéro RPPS</translation>
    </message>
    <message>
        <source>same name, profession and postcode</source>
        <translation>mêmes nom, profession et code postal</translation>
    </message>
</context>
<context>
    <name>SqlSupport</name>
    <message>
        <source>This record already exists (a unique value is used twice).</source>
        <translation>Cet enregistrement existe déjà (une valeur unique est utilisée deux fois).</translation>
    </message>
    <message>
        <source>This record refers to another record that does not exist, or is still used by another record.</source>
        <translation>Cet enregistrement renvoie à un autre qui n&apos;existe pas, ou il est encore utilisé par un autre enregistrement.</translation>
    </message>
    <message>
        <source>A required value is missing or not allowed.</source>
        <translation>Une valeur obligatoire manque ou n&apos;est pas permise.</translation>
    </message>
    <message>
        <source>The database is in use by another program. Close it and try again.</source>
        <translation>La base de données est utilisée par un autre programme. Fermez-le et réessayez.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved.</source>
        <translation>Le disque est plein : rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The database could not carry out the operation.</source>
        <translation>La base de données n&apos;a pas pu effectuer l&apos;opération.</translation>
    </message>
    <message>
        <source>This record does not exist (it may have been deleted).</source>
        <translation>Cet enregistrement n&apos;existe pas (il a peut-être été supprimé).</translation>
    </message>
</context>
<context>
    <name>TemplateEngine</name>
    <message>
        <source>template &quot;%1&quot;</source>
        <translation>modèle « %1 »</translation>
    </message>
    <message>
        <source>The section &quot;%1&quot; is never closed.</source>
        <translation>La section « %1 » n&apos;est jamais fermée.</translation>
    </message>
    <message>
        <source>A &quot;{{&quot; is never closed.</source>
        <translation>Un « {{ » n&apos;est jamais fermé.</translation>
    </message>
    <message>
        <source>An empty tag &quot;{{}}&quot;.</source>
        <translation>Une balise vide « {{}} ».</translation>
    </message>
    <message>
        <source>&quot;{{/%1}}&quot; closes a section that is not open.</source>
        <translation>« {{/%1}} » ferme une section qui n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>Unknown template part &quot;%1&quot;.</source>
        <translation>Partie de modèle inconnue « %1 ».</translation>
    </message>
    <message>
        <source>Template parts include each other endlessly (&quot;%1&quot;).</source>
        <translation>Des parties de modèle s&apos;incluent mutuellement sans fin (« %1 »).</translation>
    </message>
    <message>
        <source>The template uses &quot;%1&quot;, which is not a field of this document.</source>
        <translation>Le modèle utilise « %1 », qui n&apos;est pas un champ de ce document.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is empty: the document would have a gap.</source>
        <translation>Le champ « %1 » est vide : le document aurait un trou.</translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>There is no template named &quot;%1&quot;.</source>
        <translation>Il n&apos;existe pas de modèle nommé « %1 ».</translation>
    </message>
    <message>
        <source>The template is empty.</source>
        <translation>Le modèle est vide.</translation>
    </message>
    <message>
        <source>The logo is not an image Saisine can read (use PNG or JPEG).</source>
        <translation>Le logo n&apos;est pas une image que Saisine sait lire (utilisez PNG ou JPEG).</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The postcode &quot;%1&quot; is not valid: it must have 5 digits, e.g. 75011.</source>
        <translation>Le code postal « %1 » n&apos;est pas valide : il doit compter 5 chiffres, par exemple 75011.</translation>
    </message>
    <message>
        <source>The département &quot;%1&quot; is not valid: write its number, e.g. 69, 2A, 2B or 974.</source>
        <translation>Le département « %1 » n&apos;est pas valide : indiquez son numéro, par exemple 69, 2A, 2B ou 974.</translation>
    </message>
    <message>
        <source>The %1 (%2) is in the future.</source>
        <translation>La %1 (%2) est dans le futur.</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; is not valid: write 10 digits (01 23 45 67 89) or an international number (+33 1 23 45 67 89).</source>
        <translation>Le numéro de téléphone « %1 » n&apos;est pas valide : indiquez 10 chiffres (01 23 45 67 89) ou un numéro international (+33 1 23 45 67 89).</translation>
    </message>
    <message>
        <source>The e-mail address &quot;%1&quot; is not valid.</source>
        <translation>L&apos;adresse électronique « %1 » n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>person &quot;%1&quot;</source>
        <translation>personne « %1 »</translation>
    </message>
    <message>
        <source>professional</source>
        <translation>professionnel</translation>
    </message>
    <message>
        <source>professional &quot;%1&quot;</source>
        <translation>professionnel « %1 »</translation>
    </message>
    <message>
        <source>new case</source>
        <translation>nouveau dossier</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>dossier %1</translation>
    </message>
    <message>
        <source>The person&apos;s last name is required.</source>
        <translation>Le nom de famille de la personne est obligatoire.</translation>
    </message>
    <message>
        <source>The date of birth is before 1900.</source>
        <translation>La date de naissance est antérieure à 1900.</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>date de naissance</translation>
    </message>
    <message>
        <source>The same health cover is listed twice.</source>
        <translation>La même couverture santé figure deux fois.</translation>
    </message>
    <message>
        <source>The date on which the person consented to the processing of their data is required.</source>
        <translation>La date à laquelle la personne a consenti au traitement de ses données est obligatoire.</translation>
    </message>
    <message>
        <source>A consent date is given but the consent is not recorded as given.</source>
        <translation>Une date de consentement est indiquée, mais le consentement n&apos;est pas noté comme donné.</translation>
    </message>
    <message>
        <source>date of consent</source>
        <translation>date du consentement</translation>
    </message>
    <message>
        <source>The professional&apos;s name (or the name of the practice or pharmacy) is required.</source>
        <translation>Le nom du professionnel (ou du cabinet, ou de la pharmacie) est obligatoire.</translation>
    </message>
    <message>
        <source>The RPPS number &quot;%1&quot; is not valid: it has exactly 11 digits.</source>
        <translation>Le numéro RPPS « %1 » n&apos;est pas valide : il compte exactement 11 chiffres.</translation>
    </message>
    <message>
        <source>A section of the order of pharmacists is given for someone who is not a pharmacist.</source>
        <translation>Une section de l&apos;ordre des pharmaciens est indiquée pour quelqu&apos;un qui n&apos;est pas pharmacien.</translation>
    </message>
    <message>
        <source>The case reference is required.</source>
        <translation>La référence du dossier est obligatoire.</translation>
    </message>
    <message>
        <source>The case reference must be one short line.</source>
        <translation>La référence du dossier doit tenir sur une ligne courte.</translation>
    </message>
    <message>
        <source>The case must name the person it concerns.</source>
        <translation>Le dossier doit indiquer la personne concernée.</translation>
    </message>
    <message>
        <source>The case must name at least one health professional.</source>
        <translation>Le dossier doit citer au moins un professionnel de santé.</translation>
    </message>
    <message>
        <source>The same professional is listed twice.</source>
        <translation>Le même professionnel figure deux fois.</translation>
    </message>
    <message>
        <source>A date of the facts is not a valid date.</source>
        <translation>Une date des faits n&apos;est pas une date valide.</translation>
    </message>
    <message>
        <source>date of the facts</source>
        <translation>date des faits</translation>
    </message>
    <message>
        <source>The same form of refusal is listed twice.</source>
        <translation>La même forme de refus figure deux fois.</translation>
    </message>
    <message>
        <source>&quot;Other&quot; is ticked among the forms of refusal: describe it.</source>
        <translation>« Autre » est coché parmi les formes de refus : décrivez-la.</translation>
    </message>
    <message>
        <source>The same ground is listed twice.</source>
        <translation>Le même motif figure deux fois.</translation>
    </message>
    <message>
        <source>date of the evidence</source>
        <translation>date de la pièce</translation>
    </message>
    <message>
        <source>An attached file has no name.</source>
        <translation>Un fichier joint n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>A piece of evidence needs a description or an attached file.</source>
        <translation>Une pièce doit avoir une description ou un fichier joint.</translation>
    </message>
    <message>
        <source>A step of the procedure has no valid date.</source>
        <translation>Une étape de la procédure n&apos;a pas de date valide.</translation>
    </message>
    <message>
        <source>A mandate must say what it covers.</source>
        <translation>Un mandat doit préciser ce qu&apos;il couvre.</translation>
    </message>
    <message>
        <source>The mandate lists the same power twice.</source>
        <translation>Le mandat cite deux fois le même pouvoir.</translation>
    </message>
    <message>
        <source>date of signature of the mandate</source>
        <translation>date de signature du mandat</translation>
    </message>
    <message>
        <source>A mandate that was never signed cannot be revoked.</source>
        <translation>Un mandat qui n&apos;a jamais été signé ne peut pas être révoqué.</translation>
    </message>
    <message>
        <source>The mandate is revoked before it was signed.</source>
        <translation>Le mandat est révoqué avant d&apos;avoir été signé.</translation>
    </message>
    <message>
        <source>association profile</source>
        <translation>profil de l&apos;association</translation>
    </message>
    <message>
        <source>The association&apos;s name is required.</source>
        <translation>Le nom de l&apos;association est obligatoire.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Not specified</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Ms</source>
        <translation>Madame</translation>
    </message>
    <message>
        <source>Mr</source>
        <translation>Monsieur</translation>
    </message>
    <message>
        <source>C2S (solidarity health cover)</source>
        <translation>C2S (complémentaire santé solidaire)</translation>
    </message>
    <message>
        <source>AME (state medical aid)</source>
        <translation>AME (aide médicale de l&apos;État)</translation>
    </message>
    <message>
        <source>ALD (long-term illness)</source>
        <translation>ALD (affection de longue durée)</translation>
    </message>
    <message>
        <source>CMU-C (before 2019)</source>
        <translation>CMU-C (avant 2019)</translation>
    </message>
    <message>
        <source>ACS (before 2019)</source>
        <translation>ACS (avant 2019)</translation>
    </message>
    <message>
        <source>Refused to see or treat</source>
        <translation>Refus de recevoir ou de soigner</translation>
    </message>
    <message>
        <source>Appointment abnormally late</source>
        <translation>Rendez-vous anormalement tardif</translation>
    </message>
    <message>
        <source>Repeated or unjustified referral elsewhere</source>
        <translation>Orientation répétée ou injustifiée vers un autre professionnel ou établissement</translation>
    </message>
    <message>
        <source>Different conditions from other patients</source>
        <translation>Conditions différentes de celles des autres patients</translation>
    </message>
    <message>
        <source>Fees above the regulated rates</source>
        <translation>Dépassement d&apos;honoraires ou tarifs opposables non respectés</translation>
    </message>
    <message>
        <source>Refused third-party payment, asked to pay upfront</source>
        <translation>Refus du tiers payant, avance de frais demandée</translation>
    </message>
    <message>
        <source>Refused to draw up a quote</source>
        <translation>Refus d&apos;établir un devis</translation>
    </message>
    <message>
        <source>Abusive billing of acts outside the nomenclature</source>
        <translation>Facturation abusive d&apos;actes hors nomenclature</translation>
    </message>
    <message>
        <source>Discriminatory attitude or behaviour</source>
        <translation>Attitude ou comportement discriminatoire</translation>
    </message>
    <message>
        <source>Pharmacy refused to dispense or sell</source>
        <translation>Refus de délivrance ou de vente en pharmacie</translation>
    </message>
    <message>
        <source>Notice or online profile excluding a group</source>
        <translation>Affichage ou profil en ligne excluant certains patients</translation>
    </message>
    <message>
        <source>Kept the patient&apos;s documents pending payment</source>
        <translation>Rétention de documents du patient dans l&apos;attente d&apos;un paiement</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Family situation</source>
        <translation>Situation de famille</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>Grossesse</translation>
    </message>
    <message>
        <source>Physical appearance</source>
        <translation>Apparence physique</translation>
    </message>
    <message>
        <source>Particular economic vulnerability</source>
        <translation>Particulière vulnérabilité économique</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Patronyme</translation>
    </message>
    <message>
        <source>Place of residence</source>
        <translation>Lieu de résidence</translation>
    </message>
    <message>
        <source>State of health</source>
        <translation>État de santé</translation>
    </message>
    <message>
        <source>Loss of autonomy</source>
        <translation>Perte d&apos;autonomie</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Handicap</translation>
    </message>
    <message>
        <source>Genetic characteristics</source>
        <translation>Caractéristiques génétiques</translation>
    </message>
    <message>
        <source>Morals (mœurs)</source>
        <translation>Mœurs</translation>
    </message>
    <message>
        <source>Sexual orientation</source>
        <translation>Orientation sexuelle</translation>
    </message>
    <message>
        <source>Gender identity</source>
        <translation>Identité de genre</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Political opinions</source>
        <translation>Opinions politiques</translation>
    </message>
    <message>
        <source>Trade union activities</source>
        <translation>Activités syndicales</translation>
    </message>
    <message>
        <source>Ability to speak a language other than French</source>
        <translation>Capacité à s&apos;exprimer dans une langue autre que le français</translation>
    </message>
    <message>
        <source>Belonging to an ethnic group, true or supposed</source>
        <translation>Appartenance ou non-appartenance, vraie ou supposée, à une ethnie</translation>
    </message>
    <message>
        <source>Belonging to a nation, true or supposed</source>
        <translation>Appartenance ou non-appartenance, vraie ou supposée, à une nation</translation>
    </message>
    <message>
        <source>Belonging to a so-called race</source>
        <translation>Appartenance ou non-appartenance, vraie ou supposée, à une prétendue race</translation>
    </message>
    <message>
        <source>Religion, true or supposed</source>
        <translation>Appartenance ou non-appartenance, vraie ou supposée, à une religion</translation>
    </message>
    <message>
        <source>Whistle-blower status (to confirm)</source>
        <translation>Qualité de lanceur d&apos;alerte (à confirmer)</translation>
    </message>
    <message>
        <source>Sexual harassment suffered or refused</source>
        <translation>Harcèlement sexuel subi ou refusé</translation>
    </message>
    <message>
        <source>Holder of the C2S</source>
        <translation>Bénéficiaire de la C2S</translation>
    </message>
    <message>
        <source>Holder of the AME</source>
        <translation>Bénéficiaire de l&apos;AME</translation>
    </message>
    <message>
        <source>Holder of the CMU-C (before 2019)</source>
        <translation>Bénéficiaire de la CMU-C (avant 2019)</translation>
    </message>
    <message>
        <source>Holder of the ACS (before 2019)</source>
        <translation>Bénéficiaire de l&apos;ACS (avant 2019)</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Médecin</translation>
    </message>
    <message>
        <source>Dentist</source>
        <translation>Chirurgien-dentiste</translation>
    </message>
    <message>
        <source>Midwife</source>
        <translation>Sage-femme</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Infirmier ou infirmière</translation>
    </message>
    <message>
        <source>Physiotherapist</source>
        <translation>Masseur-kinésithérapeute</translation>
    </message>
    <message>
        <source>Podiatrist</source>
        <translation>Pédicure-podologue</translation>
    </message>
    <message>
        <source>Pharmacist</source>
        <translation>Pharmacien</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>Psychologue</translation>
    </message>
    <message>
        <source>Optician</source>
        <translation>Opticien-lunetier</translation>
    </message>
    <message>
        <source>Hearing-aid specialist</source>
        <translation>Audioprothésiste</translation>
    </message>
    <message>
        <source>Speech therapist</source>
        <translation>Orthophoniste</translation>
    </message>
    <message>
        <source>Orthoptist</source>
        <translation>Orthoptiste</translation>
    </message>
    <message>
        <source>Occupational therapist</source>
        <translation>Ergothérapeute</translation>
    </message>
    <message>
        <source>Psychomotor therapist</source>
        <translation>Psychomotricien</translation>
    </message>
    <message>
        <source>Dietitian</source>
        <translation>Diététicien</translation>
    </message>
    <message>
        <source>Other health professional</source>
        <translation>Autre professionnel de santé</translation>
    </message>
    <message>
        <source>Sector 1</source>
        <translation>Secteur 1</translation>
    </message>
    <message>
        <source>Sector 2</source>
        <translation>Secteur 2</translation>
    </message>
    <message>
        <source>Sector 2 with OPTAM</source>
        <translation>Secteur 2 avec OPTAM</translation>
    </message>
    <message>
        <source>Not contracted</source>
        <translation>Non conventionné</translation>
    </message>
    <message>
        <source>Section A (community pharmacy owners)</source>
        <translation>Section A (titulaires d&apos;officine)</translation>
    </message>
    <message>
        <source>Section B (industry)</source>
        <translation>Section B (industrie)</translation>
    </message>
    <message>
        <source>Section C (wholesale distribution)</source>
        <translation>Section C (distribution en gros)</translation>
    </message>
    <message>
        <source>Section D (assistant and other pharmacists)</source>
        <translation>Section D (adjoints et autres pharmaciens)</translation>
    </message>
    <message>
        <source>Section E (overseas)</source>
        <translation>Section E (outre-mer)</translation>
    </message>
    <message>
        <source>Section G (medical biology)</source>
        <translation>Section G (biologie médicale)</translation>
    </message>
    <message>
        <source>Section H (health establishments)</source>
        <translation>Section H (établissements de santé)</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Chronological account</source>
        <translation>Récit chronologique</translation>
    </message>
    <message>
        <source>Written answer from the professional</source>
        <translation>Réponse écrite du professionnel</translation>
    </message>
    <message>
        <source>Screenshot of an online booking profile</source>
        <translation>Capture d&apos;écran d&apos;un profil de prise de rendez-vous en ligne</translation>
    </message>
    <message>
        <source>Invoice or care sheet</source>
        <translation>Facture ou feuille de soins</translation>
    </message>
    <message>
        <source>Witness statement</source>
        <translation>Témoignage</translation>
    </message>
    <message>
        <source>Refusal notice</source>
        <translation>Affichage de refus</translation>
    </message>
    <message>
        <source>Result of a phone test</source>
        <translation>Résultat d&apos;un test téléphonique</translation>
    </message>
    <message>
        <source>Other evidence</source>
        <translation>Autre pièce</translation>
    </message>
    <message>
        <source>Conciliation procedure</source>
        <translation>Procédure de conciliation</translation>
    </message>
    <message>
        <source>CPAM mediator</source>
        <translation>Médiateur de la CPAM</translation>
    </message>
    <message>
        <source>Défenseur des droits</source>
        <translation>Défenseur des droits</translation>
    </message>
    <message>
        <source>DGCCRF (consumer protection)</source>
        <translation>DGCCRF (protection des consommateurs)</translation>
    </message>
    <message>
        <source>Criminal complaint</source>
        <translation>Plainte pénale</translation>
    </message>
    <message>
        <source>CPAM (local health insurance fund)</source>
        <translation>CPAM (caisse primaire d&apos;assurance maladie)</translation>
    </message>
    <message>
        <source>Council of the professional order</source>
        <translation>Conseil de l&apos;ordre professionnel</translation>
    </message>
    <message>
        <source>DDPP / DDETSPP (consumer protection)</source>
        <translation>DDPP / DDETSPP (protection des populations)</translation>
    </message>
    <message>
        <source>Public prosecutor or police</source>
        <translation>Procureur de la République ou police</translation>
    </message>
    <message>
        <source>Complaint sent</source>
        <translation>Plainte envoyée</translation>
    </message>
    <message>
        <source>Complaint received by the authority</source>
        <translation>Plainte reçue par l&apos;autorité</translation>
    </message>
    <message>
        <source>Acknowledgement of receipt received</source>
        <translation>Accusé de réception reçu</translation>
    </message>
    <message>
        <source>Complaint forwarded to the other authority</source>
        <translation>Plainte transmise à l&apos;autre autorité</translation>
    </message>
    <message>
        <source>Professional notified of the complaint</source>
        <translation>Professionnel informé de la plainte</translation>
    </message>
    <message>
        <source>Professional summoned for a hearing</source>
        <translation>Professionnel convoqué pour être entendu</translation>
    </message>
    <message>
        <source>Convocation to the session sent</source>
        <translation>Convocation à la séance envoyée</translation>
    </message>
    <message>
        <source>Conciliation session scheduled</source>
        <translation>Séance de conciliation fixée</translation>
    </message>
    <message>
        <source>Conciliation session held</source>
        <translation>Séance de conciliation tenue</translation>
    </message>
    <message>
        <source>Session record received</source>
        <translation>Relevé de séance reçu</translation>
    </message>
    <message>
        <source>Conciliation reached</source>
        <translation>Conciliation</translation>
    </message>
    <message>
        <source>No conciliation</source>
        <translation>Absence de conciliation</translation>
    </message>
    <message>
        <source>No conciliation: a party did not answer the convocation</source>
        <translation>Absence de conciliation : une partie n&apos;a pas répondu à la convocation</translation>
    </message>
    <message>
        <source>Transmitted to the disciplinary chamber</source>
        <translation>Transmise à la chambre disciplinaire</translation>
    </message>
    <message>
        <source>Failure of the order to act (carence)</source>
        <translation>Carence de l&apos;ordre</translation>
    </message>
    <message>
        <source>Penalty decided by the CPAM director</source>
        <translation>Pénalité prononcée par le directeur de la CPAM</translation>
    </message>
    <message>
        <source>Decision of the disciplinary chamber</source>
        <translation>Décision de la chambre disciplinaire</translation>
    </message>
    <message>
        <source>Final sanction for discriminatory refusal</source>
        <translation>Sanction définitive pour refus de soins discriminatoire</translation>
    </message>
    <message>
        <source>Reminder sent</source>
        <translation>Relance envoyée</translation>
    </message>
    <message>
        <source>Complaint withdrawn</source>
        <translation>Plainte retirée</translation>
    </message>
    <message>
        <source>Procedure closed</source>
        <translation>Procédure close</translation>
    </message>
    <message>
        <source>Other step</source>
        <translation>Autre étape</translation>
    </message>
    <message>
        <source>Express mandate to file the complaint</source>
        <translation>Mandat exprès de saisine</translation>
    </message>
    <message>
        <source>Mandate of representation at the conciliation session</source>
        <translation>Mandat de représentation à la séance de conciliation</translation>
    </message>
    <message>
        <source>File the complaint</source>
        <translation>Déposer la plainte</translation>
    </message>
    <message>
        <source>Assist the person</source>
        <translation>Assister la personne</translation>
    </message>
    <message>
        <source>Represent the person at the session</source>
        <translation>Représenter la personne à la séance</translation>
    </message>
    <message>
        <source>Receive the correspondence</source>
        <translation>Recevoir les courriers</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Health insurance fund (CPAM)</source>
        <translation>Caisse d&apos;assurance maladie (CPAM)</translation>
    </message>
    <message>
        <source>Ordre council</source>
        <translation>Conseil de l&apos;ordre</translation>
    </message>
    <message>
        <source>Consumer protection office (DDPP/DGCCRF)</source>
        <translation>Protection des consommateurs (DDPP/DGCCRF)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cases of discriminatory refusal of care</source>
        <translation>Dossiers de refus de soins discriminatoires</translation>
    </message>
    <message>
        <source>Open the database FILE.</source>
        <translation>Ouvrir la base de données FICHIER.</translation>
    </message>
    <message>
        <source>Saisine</source>
        <translation>Saisine</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened.

%2</source>
        <translation>La base de données %1 ne peut pas être ouverte.

%2</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Affiche la version et quitte.</translation>
    </message>
    <message>
        <source>Creating the demonstration cases…</source>
        <translation>Création des dossiers de démonstration…</translation>
    </message>
    <message>
        <source>Open a throwaway database filled with fictional cases (deleted on exit).</source>
        <translation>Ouvrir une base jetable remplie de dossiers fictifs (effacée à la fermeture).</translation>
    </message>
    <message>
        <source>No temporary folder for the demonstration database.</source>
        <translation>Aucun dossier temporaire pour la base de démonstration.</translation>
    </message>
    <message>
        <source>The demonstration cases cannot be created.

%1</source>
        <translation>Les dossiers de démonstration ne peuvent pas être créés.

%1</translation>
    </message>
    <message>
        <source>Saisine — demonstration (nothing is kept)</source>
        <translation>Saisine — démonstration (rien n&apos;est conservé)</translation>
    </message>
</context>
<context>
    <name>saisine::AssociationDialog</name>
    <message>
        <source>Association profile</source>
        <translation>Profil de l&apos;association</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>S&amp;treet:</source>
        <translation>&amp;Rue :</translation>
    </message>
    <message>
        <source>P&amp;ostcode:</source>
        <translation>Code p&amp;ostal :</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <source>&amp;Département:</source>
        <translation>&amp;Département :</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Courri&amp;el :</translation>
    </message>
    <message>
        <source>&amp;Approval number (L1114-1 CSP):</source>
        <translation>Numéro d&apos;&amp;agrément (L1114-1 CSP) :</translation>
    </message>
    <message>
        <source>Approval date</source>
        <translation>Date d&apos;agrément</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Approval &amp;date:</source>
        <translation>&amp;Date d&apos;agrément :</translation>
    </message>
    <message>
        <source>&amp;Representative:</source>
        <translation>&amp;Représentant·e :</translation>
    </message>
    <message>
        <source>Representative&apos;s r&amp;ole:</source>
        <translation>&amp;Qualité du représentant :</translation>
    </message>
    <message>
        <source>&amp;Federation (copy of letters):</source>
        <translation>&amp;Fédération (copie des courriers) :</translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation>Profil non enregistré</translation>
    </message>
</context>
<context>
    <name>saisine::CaseFileWidget</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Attach a file as evidence</source>
        <translation>Joindre un fichier comme pièce</translation>
    </message>
    <message>
        <source>This case has unsaved changes</source>
        <translation>Ce dossier a des modifications non enregistrées</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>État du dossier</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>Enregistrer le dossier</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Discard the unsaved changes</source>
        <translation>Abandonner les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Sections of the case file</source>
        <translation>Rubriques du dossier</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professionnel</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procédures</translation>
    </message>
    <message>
        <source>Mandates</source>
        <translation>Mandats</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Case stat&amp;us:</source>
        <translation>État du doss&amp;ier :</translation>
    </message>
    <message>
        <source>Professional already known</source>
        <translation>Professionnel déjà connu</translation>
    </message>
    <message>
        <source>Grounds the person believes are the real reason</source>
        <translation>Motifs que la personne estime être la vraie raison</translation>
    </message>
    <message>
        <source>Grounds of discrimination</source>
        <translation>Motifs de discrimination</translation>
    </message>
    <message>
        <source>Evidence of the case</source>
        <translation>Pièces du dossier</translation>
    </message>
    <message>
        <source>Kind of evidence</source>
        <translation>Type de pièce</translation>
    </message>
    <message>
        <source>Date of the evidence</source>
        <translation>Date de la pièce</translation>
    </message>
    <message>
        <source>Description of the evidence</source>
        <translation>Description de la pièce</translation>
    </message>
    <message>
        <source>Add a &amp;file as new evidence...</source>
        <translation>Ajouter un &amp;fichier comme nouvelle pièce...</translation>
    </message>
    <message>
        <source>Add a file as new evidence</source>
        <translation>Ajouter un fichier comme nouvelle pièce</translation>
    </message>
    <message>
        <source>A&amp;ttach a file to the selected evidence...</source>
        <translation>&amp;Joindre un fichier à la pièce sélectionnée...</translation>
    </message>
    <message>
        <source>Attach a file to the selected evidence</source>
        <translation>Joindre un fichier à la pièce sélectionnée</translation>
    </message>
    <message>
        <source>Add &amp;without a file</source>
        <translation>Ajouter &amp;sans fichier</translation>
    </message>
    <message>
        <source>Add evidence without a file</source>
        <translation>Ajouter une pièce sans fichier</translation>
    </message>
    <message>
        <source>&amp;Remove the selected evidence</source>
        <translation>&amp;Retirer la pièce sélectionnée</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Retirer la pièce</translation>
    </message>
    <message>
        <source>Attached files are copied into the case database with their SHA-256 fingerprint, which proves they were not changed afterwards. The original can be moved or deleted without loss.</source>
        <translation>Les fichiers joints sont copiés dans la base des dossiers avec leur empreinte SHA-256, qui prouve qu&apos;ils n&apos;ont pas été modifiés depuis. L&apos;original peut être déplacé ou supprimé sans perte.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription :</translation>
    </message>
    <message>
        <source>Mandates of the case</source>
        <translation>Mandats du dossier</translation>
    </message>
    <message>
        <source>Kind of mandate</source>
        <translation>Type de mandat</translation>
    </message>
    <message>
        <source>Powers given by the mandate</source>
        <translation>Pouvoirs donnés par le mandat</translation>
    </message>
    <message>
        <source>Date of signature</source>
        <translation>Date de signature</translation>
    </message>
    <message>
        <source>Place of signature</source>
        <translation>Lieu de signature</translation>
    </message>
    <message>
        <source>Date of revocation</source>
        <translation>Date de révocation</translation>
    </message>
    <message>
        <source>&amp;Add as a new mandate</source>
        <translation>&amp;Ajouter comme nouveau mandat</translation>
    </message>
    <message>
        <source>Add a mandate</source>
        <translation>Ajouter un mandat</translation>
    </message>
    <message>
        <source>A&amp;pply to the selected mandate</source>
        <translation>A&amp;ppliquer au mandat sélectionné</translation>
    </message>
    <message>
        <source>Apply the changes to the selected mandate</source>
        <translation>Appliquer les modifications au mandat sélectionné</translation>
    </message>
    <message>
        <source>&amp;Remove the selected mandate</source>
        <translation>&amp;Retirer le mandat sélectionné</translation>
    </message>
    <message>
        <source>Remove mandate</source>
        <translation>Retirer le mandat</translation>
    </message>
    <message>
        <source>Po&amp;wers:</source>
        <translation>Pou&amp;voirs :</translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation>&amp;Signé le :</translation>
    </message>
    <message>
        <source>Signed a&amp;t:</source>
        <translation>Signé &amp;à :</translation>
    </message>
    <message>
        <source>Re&amp;voked on:</source>
        <translation>Ré&amp;voqué le :</translation>
    </message>
    <message>
        <source>Notes on the case</source>
        <translation>Notes sur le dossier</translation>
    </message>
    <message>
        <source>&amp;Notes for the association (not printed in letters):</source>
        <translation>&amp;Notes internes à l&apos;association (jamais imprimées dans les courriers) :</translation>
    </message>
    <message>
        <source>The case %1 has unsaved changes: the other case was not opened.</source>
        <translation>Le dossier %1 a des modifications non enregistrées : l&apos;autre dossier n&apos;a pas été ouvert.</translation>
    </message>
    <message>
        <source>Main professional</source>
        <translation>Professionnel principal</translation>
    </message>
    <message>
        <source>Other professional</source>
        <translation>Autre professionnel</translation>
    </message>
    <message numerus="yes">
        <source>This professional is already known in %n other case(s) of the association: %1.</source>
        <translation>
            <numerusform>Ce professionnel est déjà connu dans %n autre dossier de l&apos;association : %1.</numerusform>
            <numerusform>Ce professionnel est déjà connu dans %n autres dossiers de l&apos;association : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No case open</source>
        <translation>Aucun dossier ouvert</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <source>Case %1[*]</source>
        <translation>Dossier %1[*]</translation>
    </message>
    <message>
        <source>The person&apos;s consent to the processing of their data is required.</source>
        <translation>Le consentement de la personne au traitement de ses données est obligatoire.</translation>
    </message>
    <message>
        <source>No case is open.</source>
        <translation>Aucun dossier n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>The case %1 has changes that are not saved yet. Save them?</source>
        <translation>Le dossier %1 contient des modifications qui ne sont pas encore enregistrées. Voulez-vous les enregistrer ?</translation>
    </message>
    <message>
        <source>Not saved. %1: %2</source>
        <translation>Non enregistré. %1 : %2</translation>
    </message>
    <message>
        <source>Select the evidence the file belongs to first.</source>
        <translation>Sélectionnez d&apos;abord la pièce à laquelle ce fichier se rapporte.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is larger than %2 MB: keep it outside Saisine and describe it here.</source>
        <translation>Le fichier « %1 » dépasse %2 Mo : conservez-le en dehors de Saisine et décrivez-le ici.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation>Le fichier « %1 » ne peut pas être lu : %2</translation>
    </message>
</context>
<context>
    <name>saisine::CaseListModel</name>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (en retard)</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, en retard</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation>Professionnels</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Prochaine échéance</translation>
    </message>
</context>
<context>
    <name>saisine::DashboardModel</name>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>À faire cette semaine</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Voie de recours</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Prochaine action</translation>
    </message>
</context>
<context>
    <name>saisine::DeadlinesModel</name>
    <message>
        <source>(non-working day)</source>
        <translation>(jour non ouvré)</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Legal source</source>
        <translation>Source juridique</translation>
    </message>
</context>
<context>
    <name>saisine::DocumentEditorDialog</name>
    <message>
        <source>&amp;Keep the printed or saved PDF in the case&apos;s register</source>
        <translation>&amp;Conserver le PDF imprimé ou enregistré dans le registre du dossier</translation>
    </message>
    <message>
        <source>Check the letter and adjust the wording if needed. Changes apply to this letter only.</source>
        <translation>Relisez le courrier et ajustez la formulation si besoin. Les changements ne valent que pour ce courrier.</translation>
    </message>
    <message>
        <source>Text of the document</source>
        <translation>Texte du document</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Aperçu…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>Le PDF n&apos;a pas pu être écrit dans %1.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>saisine::DocumentRegisterModel</name>
    <message>
        <source>%1 (signed copy)</source>
        <translation>%1 (copie signée)</translation>
    </message>
    <message>
        <source>%1
SHA-256: %2
Template: %3</source>
        <translation>%1
SHA-256 : %2
Modèle : %3</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>saisine::DocumentsPanel</name>
    <message>
        <source>&amp;New document…</source>
        <translation>&amp;Nouveau document…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>Attach the &amp;signed mandate…</source>
        <translation>Joindre le mandat &amp;signé…</translation>
    </message>
    <message>
        <source>Record the si&amp;gnature…</source>
        <translation>Enregistrer la si&amp;gnature…</translation>
    </message>
    <message>
        <source>Re&amp;voke the mandate…</source>
        <translation>Ré&amp;voquer le mandat…</translation>
    </message>
    <message>
        <source>Documents of the case</source>
        <translation>Documents du dossier</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>Nouveau document</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Le fichier n&apos;a pas pu être écrit : %1</translation>
    </message>
    <message>
        <source>Signed mandate</source>
        <translation>Mandat signé</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Numérisations (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Le fichier n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>This mandate no longer exists.</source>
        <translation>Ce mandat n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Record the signature</source>
        <translation>Enregistrer la signature</translation>
    </message>
    <message>
        <source>Date of signature</source>
        <translation>Date de signature</translation>
    </message>
    <message>
        <source>Place of signature</source>
        <translation>Lieu de signature</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Signé à</translation>
    </message>
    <message>
        <source>Revoke the mandate</source>
        <translation>Révoquer le mandat</translation>
    </message>
    <message>
        <source>Date of revocation</source>
        <translation>Date de révocation</translation>
    </message>
    <message>
        <source>The person revoked the mandate (by letter or in person). The association no longer acts for them from this date.</source>
        <translation>La personne a révoqué le mandat (par lettre ou en personne). L&apos;association n&apos;agit plus pour elle à partir de cette date.</translation>
    </message>
    <message>
        <source>Revoked on</source>
        <translation>Révoqué le</translation>
    </message>
</context>
<context>
    <name>saisine::EvidenceModel</name>
    <message>
        <source>no file yet</source>
        <translation>pas encore de fichier</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>SHA-256 (start)</source>
        <translation>SHA-256 (début)</translation>
    </message>
</context>
<context>
    <name>saisine::EvidencePage</name>
    <message>
        <source>Which clues does the person have?</source>
        <translation>De quels éléments de preuve la personne dispose-t-elle ?</translation>
    </message>
    <message>
        <source>List what the person can show: a written answer, a screenshot of the booking profile, an invoice, a witness... Files can be attached later in the case file. The case is created when you click &quot;Create the case&quot;.</source>
        <translation>Notez ce que la personne peut montrer : une réponse écrite, une capture d&apos;écran du profil de prise de rendez-vous, une facture, un témoin... Les fichiers pourront être joints plus tard dans le dossier. Le dossier est créé lorsque vous cliquez sur « Créer le dossier ».</translation>
    </message>
    <message>
        <source>&amp;Create the case</source>
        <translation>&amp;Créer le dossier</translation>
    </message>
    <message>
        <source>Kind of clue</source>
        <translation>Type d&apos;élément</translation>
    </message>
    <message>
        <source>Date of the clue</source>
        <translation>Date de l&apos;élément</translation>
    </message>
    <message>
        <source>Description of the clue</source>
        <translation>Description de l&apos;élément</translation>
    </message>
    <message>
        <source>&amp;Add to the list</source>
        <translation>&amp;Ajouter à la liste</translation>
    </message>
    <message>
        <source>Add the clue to the list</source>
        <translation>Ajouter l&apos;élément à la liste</translation>
    </message>
    <message>
        <source>&amp;Remove the selected clue</source>
        <translation>&amp;Retirer l&apos;élément sélectionné</translation>
    </message>
    <message>
        <source>Remove the selected clue</source>
        <translation>Retirer l&apos;élément sélectionné</translation>
    </message>
    <message>
        <source>Clues at hand</source>
        <translation>Éléments disponibles</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription :</translation>
    </message>
    <message>
        <source>clue</source>
        <translation>élément de preuve</translation>
    </message>
</context>
<context>
    <name>saisine::FactsForm</name>
    <message>
        <source>Date of the facts to add</source>
        <translation>Date des faits à ajouter</translation>
    </message>
    <message>
        <source>&amp;Add this date</source>
        <translation>&amp;Ajouter cette date</translation>
    </message>
    <message>
        <source>Add this date of the facts</source>
        <translation>Ajouter cette date des faits</translation>
    </message>
    <message>
        <source>Remo&amp;ve the selected date</source>
        <translation>Reti&amp;rer la date sélectionnée</translation>
    </message>
    <message>
        <source>Remove the selected date of the facts</source>
        <translation>Retirer la date des faits sélectionnée</translation>
    </message>
    <message>
        <source>Dates of the facts</source>
        <translation>Dates des faits</translation>
    </message>
    <message>
        <source>Place of the facts</source>
        <translation>Lieu des faits</translation>
    </message>
    <message>
        <source>Practice, pharmacy, hospital, booking website...</source>
        <translation>Cabinet, pharmacie, hôpital, site de prise de rendez-vous...</translation>
    </message>
    <message>
        <source>Forms of refusal</source>
        <translation>Formes de refus</translation>
    </message>
    <message>
        <source>Other form of refusal, described</source>
        <translation>Autre forme de refus, décrite</translation>
    </message>
    <message>
        <source>Reason given by the professional</source>
        <translation>Motif donné par le professionnel</translation>
    </message>
    <message>
        <source>In their own words, if they gave one</source>
        <translation>Avec ses propres mots, s&apos;il en a donné un</translation>
    </message>
    <message>
        <source>The person&apos;s account</source>
        <translation>Le récit de la personne</translation>
    </message>
    <message>
        <source>&amp;Date of the facts:</source>
        <translation>&amp;Date des faits :</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Ce qui s&apos;est passé :</translation>
    </message>
    <message>
        <source>&amp;Other form:</source>
        <translation>A&amp;utre forme :</translation>
    </message>
    <message>
        <source>&amp;Reason given:</source>
        <translation>&amp;Motif donné :</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>Ré&amp;cit :</translation>
    </message>
</context>
<context>
    <name>saisine::FactsPage</name>
    <message>
        <source>What happened?</source>
        <translation>Que s&apos;est-il passé ?</translation>
    </message>
    <message>
        <source>When and where it happened, what the professional did, what reason they gave, and the person&apos;s account in their own words.</source>
        <translation>Quand et où cela s&apos;est passé, ce qu&apos;a fait le professionnel, le motif qu&apos;il a donné, et le récit de la personne avec ses propres mots.</translation>
    </message>
</context>
<context>
    <name>saisine::FirstRunDialog</name>
    <message>
        <source>Welcome to Saisine</source>
        <translation>Bienvenue dans Saisine</translation>
    </message>
    <message>
        <source>&lt;p&gt;Saisine keeps the cases of your association in one file on this computer. Nothing is sent anywhere.&lt;/p&gt;&lt;p&gt;The place below suits most associations. Choose another folder if yours keeps its files elsewhere (an encrypted disk, for example). You will then be asked for your association&apos;s profile, which signs the letters.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Saisine garde les dossiers de votre association dans un seul fichier, sur cet ordinateur. Rien n&apos;est envoyé ailleurs.&lt;/p&gt;&lt;p&gt;L&apos;emplacement ci-dessous convient à la plupart des associations. Choisissez un autre dossier si la vôtre range ses fichiers ailleurs (un disque chiffré, par exemple). Le profil de votre association, qui signe les courriers, vous sera ensuite demandé.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Database file:</source>
        <translation>Fichier de la &amp;base :</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Fichier de la base</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <source>Saisine database (*.sqlite)</source>
        <translation>Base Saisine (*.sqlite)</translation>
    </message>
    <message>
        <source>Give the name of a file, for example saisine.sqlite.</source>
        <translation>Indiquez le nom d&apos;un fichier, par exemple saisine.sqlite.</translation>
    </message>
</context>
<context>
    <name>saisine::GroundsPage</name>
    <message>
        <source>Why does the person think they were refused?</source>
        <translation>Pourquoi la personne pense-t-elle avoir été refusée ?</translation>
    </message>
    <message>
        <source>The grounds of discrimination the person believes are the real reason (art. 225-1 of the Code pénal and L1110-3 CSP). Tick all that apply; they can be changed later.</source>
        <translation>Les motifs de discrimination que la personne estime être la vraie raison (art. 225-1 du Code pénal et L1110-3 CSP). Cochez tous ceux qui s&apos;appliquent ; ils pourront être modifiés plus tard.</translation>
    </message>
    <message>
        <source>Grounds of discrimination</source>
        <translation>Motifs de discrimination</translation>
    </message>
</context>
<context>
    <name>saisine::HelpDialog</name>
    <message>
        <source>Saisine user guide</source>
        <translation>Guide d&apos;utilisation de Saisine</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation.</source>
        <translation>Le guide d&apos;utilisation est absent de cette installation.</translation>
    </message>
</context>
<context>
    <name>saisine::InstitutionsDialog</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Institutions directory</source>
        <translation>Annuaire des institutions</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>e.g. Madame la Directrice; empty: Madame, Monsieur</source>
        <translation>ex. Madame la Directrice ; vide : Madame, Monsieur</translation>
    </message>
    <message>
        <source>e.g. 69 01; empty: the whole country</source>
        <translation>ex. 69 01 ; vide : toute la France</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title of the head</source>
        <translation>Titre du ou de la responsable</translation>
    </message>
    <message>
        <source>Profession (ordre councils)</source>
        <translation>Profession (conseils de l&apos;ordre)</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Départements served</source>
        <translation>Départements couverts</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Letters take the recipient&apos;s address and title from here. Addresses change: check them against the institution&apos;s own website.</source>
        <translation>Les courriers prennent ici l&apos;adresse et le titre du destinataire. Les adresses changent : vérifiez-les sur le site de l&apos;institution.</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouvelle</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>address missing</source>
        <translation>adresse manquante</translation>
    </message>
</context>
<context>
    <name>saisine::IntakeWizard</name>
    <message>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Abandon the new case?</source>
        <translation>Abandonner le nouveau dossier ?</translation>
    </message>
    <message>
        <source>What you entered for this new case has not been saved. Abandon it?</source>
        <translation>Ce que vous avez saisi pour ce nouveau dossier n&apos;a pas été enregistré. L&apos;abandonner ?</translation>
    </message>
</context>
<context>
    <name>saisine::MainWindow</name>
    <message>
        <source>Saisine</source>
        <translation>Saisine</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation>&amp;Délais</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>Dossi&amp;ers</translation>
    </message>
    <message>
        <source>&amp;Professionals</source>
        <translation>&amp;Professionnels</translation>
    </message>
    <message>
        <source>The law tables cannot be read</source>
        <translation>Les tables juridiques ne peuvent pas être lues</translation>
    </message>
    <message>
        <source>Deadlines dashboard</source>
        <translation>Tableau de bord des délais</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Rechercher des dossiers</translation>
    </message>
    <message>
        <source>Search: reference, person, professional</source>
        <translation>Rechercher : référence, personne, professionnel</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Filter by profession</source>
        <translation>Filtrer par profession</translation>
    </message>
    <message>
        <source>All professions</source>
        <translation>Toutes les professions</translation>
    </message>
    <message>
        <source>Filter by route</source>
        <translation>Filtrer par voie de recours</translation>
    </message>
    <message>
        <source>All routes</source>
        <translation>Toutes les voies</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>En &amp;retard seulement</translation>
    </message>
    <message>
        <source>Only cases with an overdue deadline</source>
        <translation>Seulement les dossiers avec un délai dépassé</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>The case list cannot be read</source>
        <translation>La liste des dossiers ne peut pas être lue</translation>
    </message>
    <message>
        <source>Every professional named in a case, with the number of the association&apos;s cases against them.</source>
        <translation>Chaque professionnel cité dans un dossier, avec le nombre de dossiers de l&apos;association le concernant.</translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation>Professionnels</translation>
    </message>
    <message>
        <source>&amp;Edit professional…</source>
        <translation>&amp;Modifier le professionnel…</translation>
    </message>
    <message>
        <source>Edit the selected professional</source>
        <translation>Modifier le professionnel sélectionné</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Association profile…</source>
        <translation>Profil de l&apos;&amp;association…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Search cases</source>
        <translation>&amp;Rechercher des dossiers</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Deadlines dashboard</source>
        <translation>&amp;Tableau de bord des délais</translation>
    </message>
    <message>
        <source>Ne&amp;xt case</source>
        <translation>Dossier &amp;suivant</translation>
    </message>
    <message>
        <source>P&amp;revious case</source>
        <translation>Dossier &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>The case cannot be opened</source>
        <translation>Le dossier ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>This case no longer exists.</source>
        <translation>Ce dossier n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Computing the deadlines…</source>
        <translation>Calcul des délais…</translation>
    </message>
    <message>
        <source>Deadlines as of %1: %2 overdue, %3 due this week.</source>
        <translation>Délais au %1 : %2 en retard, %3 à traiter cette semaine.</translation>
    </message>
    <message>
        <source>The deadlines cannot be computed</source>
        <translation>Les délais ne peuvent pas être calculés</translation>
    </message>
    <message>
        <source>The deadlines cannot be computed without the law tables.</source>
        <translation>Les délais ne peuvent pas être calculés sans les tables juridiques.</translation>
    </message>
    <message>
        <source>The professionals cannot be read</source>
        <translation>Les professionnels ne peuvent pas être lus</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>The association profile cannot be read</source>
        <translation>Le profil de l&apos;association ne peut pas être lu</translation>
    </message>
    <message>
        <source>&amp;Institutions directory…</source>
        <translation>Annuaire des &amp;institutions…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>&amp;First-time setup…</source>
        <translation>&amp;Configuration initiale…</translation>
    </message>
    <message>
        <source>&amp;About Saisine</source>
        <translation>À &amp;propos de Saisine</translation>
    </message>
    <message>
        <source>About Saisine</source>
        <translation>À propos de Saisine</translation>
    </message>
    <message>
        <source>Follows complaints about discriminatory refusal of care (art. L1110-3 of the Code de la santé publique).</source>
        <translation>Suivi des plaintes pour refus de soins discriminatoire (art. L1110-3 du code de la santé publique).</translation>
    </message>
    <message>
        <source>As the &amp;system</source>
        <translation>Comme le &amp;système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The new language applies at the next start of Saisine.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de Saisine.</translation>
    </message>
    <message>
        <source>First-time setup</source>
        <translation>Configuration initiale</translation>
    </message>
    <message>
        <source>Saisine will open %1 at its next start.</source>
        <translation>Saisine ouvrira %1 à son prochain démarrage.</translation>
    </message>
    <message>
        <source>The documents of the case cannot be read</source>
        <translation>Les documents du dossier ne peuvent pas être lus</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>The database could not be checked</source>
        <translation>La base de données n&apos;a pas pu être vérifiée</translation>
    </message>
    <message>
        <source>The database file is damaged. To protect what it holds, nothing more will be saved in it: close Saisine and restore a backup.</source>
        <translation>Le fichier de la base de données est endommagé. Pour protéger ce qu&apos;il contient, plus rien n&apos;y sera enregistré : fermez Saisine et restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>The database file is damaged</source>
        <translation>Le fichier de la base de données est endommagé</translation>
    </message>
</context>
<context>
    <name>saisine::MandatesModel</name>
    <message>
        <source>not signed yet</source>
        <translation>pas encore signé</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Powers</source>
        <translation>Pouvoirs</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Signé à</translation>
    </message>
    <message>
        <source>Revoked on</source>
        <translation>Révoqué le</translation>
    </message>
</context>
<context>
    <name>saisine::NewDocumentDialog</name>
    <message>
        <source>New document</source>
        <translation>Nouveau document</translation>
    </message>
    <message>
        <source>Documents that can be written</source>
        <translation>Documents pouvant être rédigés</translation>
    </message>
    <message>
        <source>%1 (information missing)</source>
        <translation>%1 (informations manquantes)</translation>
    </message>
    <message>
        <source>&amp;Write…</source>
        <translation>&amp;Rédiger…</translation>
    </message>
    <message>
        <source>Which document?</source>
        <translation>Quel document ?</translation>
    </message>
    <message>
        <source>Everything this document needs is known.</source>
        <translation>Tout ce dont ce document a besoin est connu.</translation>
    </message>
    <message>
        <source>Before this document can be written:</source>
        <translation>Avant de pouvoir rédiger ce document :</translation>
    </message>
</context>
<context>
    <name>saisine::OptionalDateEdit</name>
    <message>
        <source>not given</source>
        <translation>non renseignée</translation>
    </message>
</context>
<context>
    <name>saisine::PersonForm</name>
    <message>
        <source>Civility</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Health cover</source>
        <translation>Couverture santé</translation>
    </message>
    <message>
        <source>The person &amp;agrees that the association records and uses their data</source>
        <translation>La personne &amp;accepte que l&apos;association enregistre et utilise ses données</translation>
    </message>
    <message>
        <source>Consent to the processing of data</source>
        <translation>Consentement au traitement des données</translation>
    </message>
    <message>
        <source>Date of consent</source>
        <translation>Date du consentement</translation>
    </message>
    <message>
        <source>&amp;Civility:</source>
        <translation>&amp;Civilité :</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Date de nai&amp;ssance :</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Rue :</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <source>Pos&amp;tcode:</source>
        <translation>Code pos&amp;tal :</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Courri&amp;el :</translation>
    </message>
    <message>
        <source>Health c&amp;over:</source>
        <translation>C&amp;ouverture santé :</translation>
    </message>
    <message>
        <source>Tick nothing when the person has no particular cover.</source>
        <translation>Ne cochez rien si la personne n&apos;a pas de couverture particulière.</translation>
    </message>
    <message>
        <source>Consent &amp;date:</source>
        <translation>&amp;Date du consentement :</translation>
    </message>
</context>
<context>
    <name>saisine::PersonPage</name>
    <message>
        <source>Who is the person?</source>
        <translation>Qui est la personne ?</translation>
    </message>
    <message>
        <source>The person who was refused care, or given worse care. Only the last name is required; their consent to the recording of their data is needed before anything is saved.</source>
        <translation>La personne qui s&apos;est vu refuser des soins, ou proposer de moins bons soins. Seul le nom est obligatoire ; son consentement à l&apos;enregistrement de ses données est nécessaire avant tout enregistrement.</translation>
    </message>
    <message>
        <source>The person&apos;s consent to the processing of their data is required before the case can be saved. Tick the consent box once they have agreed.</source>
        <translation>Le consentement de la personne au traitement de ses données est nécessaire avant d&apos;enregistrer le dossier. Cochez la case du consentement une fois qu&apos;elle a donné son accord.</translation>
    </message>
</context>
<context>
    <name>saisine::ProcedureEventsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>saisine::ProceduresSection</name>
    <message>
        <source>Procedure shown</source>
        <translation>Procédure affichée</translation>
    </message>
    <message>
        <source>Route of the new procedure</source>
        <translation>Voie de recours de la nouvelle procédure</translation>
    </message>
    <message>
        <source>&amp;Start a procedure</source>
        <translation>&amp;Engager une procédure</translation>
    </message>
    <message>
        <source>Start a procedure</source>
        <translation>Engager une procédure</translation>
    </message>
    <message>
        <source>Remove this procedure</source>
        <translation>Supprimer cette procédure</translation>
    </message>
    <message>
        <source>Remove the procedure shown</source>
        <translation>Supprimer la procédure affichée</translation>
    </message>
    <message>
        <source>Authority seized</source>
        <translation>Autorité saisie</translation>
    </message>
    <message>
        <source>e.g. CPAM du Rhône</source>
        <translation>par ex. CPAM du Rhône</translation>
    </message>
    <message>
        <source>The authority&apos;s file number</source>
        <translation>Numéro de dossier chez l&apos;autorité</translation>
    </message>
    <message>
        <source>Procedure status</source>
        <translation>État de la procédure</translation>
    </message>
    <message>
        <source>Timeline of the procedure</source>
        <translation>Chronologie de la procédure</translation>
    </message>
    <message>
        <source>Step to record</source>
        <translation>Étape à enregistrer</translation>
    </message>
    <message>
        <source>Date of the step</source>
        <translation>Date de l&apos;étape</translation>
    </message>
    <message>
        <source>Note on the step</source>
        <translation>Note sur l&apos;étape</translation>
    </message>
    <message>
        <source>Record this &amp;step</source>
        <translation>Enregistrer cette é&amp;tape</translation>
    </message>
    <message>
        <source>Record this step</source>
        <translation>Enregistrer cette étape</translation>
    </message>
    <message>
        <source>Remove the selected step</source>
        <translation>Retirer l&apos;étape sélectionnée</translation>
    </message>
    <message>
        <source>Deadlines of the procedure</source>
        <translation>Échéances de la procédure</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Prochaines actions</translation>
    </message>
    <message>
        <source>&amp;Procedure:</source>
        <translation>&amp;Procédure :</translation>
    </message>
    <message>
        <source>New procedure &amp;for:</source>
        <translation>Nouvelle procédure &amp;pour :</translation>
    </message>
    <message>
        <source>&amp;Authority:</source>
        <translation>&amp;Autorité :</translation>
    </message>
    <message>
        <source>Its file &amp;number:</source>
        <translation>Son &amp;numéro de dossier :</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>St&amp;ep:</source>
        <translation>Ét&amp;ape :</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Le :</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>No&amp;te :</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <source>(received on %1)</source>
        <translation>(reçue le %1)</translation>
    </message>
    <message>
        <source>No procedure yet: choose a route above and start one.</source>
        <translation>Aucune procédure pour l&apos;instant : choisissez une voie de recours ci-dessus et engagez-la.</translation>
    </message>
    <message>
        <source>Complaint received on %1 (day 0 of the procedure).</source>
        <translation>Plainte reçue le %1 (jour 0 de la procédure).</translation>
    </message>
    <message>
        <source>Repeat offence (%1): no conciliation, transmission to the disciplinary chamber.</source>
        <translation>Récidive (%1) : pas de conciliation, transmission à la chambre disciplinaire.</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Issue : %1</translation>
    </message>
    <message>
        <source>Failure of the order to act since %1 (%2).</source>
        <translation>Carence de l&apos;ordre depuis le %1 (%2).</translation>
    </message>
    <message>
        <source>To do:</source>
        <translation>À faire :</translation>
    </message>
</context>
<context>
    <name>saisine::ProfessionalDialog</name>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professionnel</translation>
    </message>
    <message>
        <source>Civility</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>&amp;Civility:</source>
        <translation>&amp;Civilité :</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <source>&amp;Last name or practice:</source>
        <translation>&amp;Nom ou nom du cabinet :</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>&amp;Profession:</source>
        <translation>P&amp;rofession :</translation>
    </message>
    <message>
        <source>&amp;Specialty:</source>
        <translation>&amp;Spécialité :</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>S&amp;ector:</source>
        <translation>S&amp;ecteur :</translation>
    </message>
    <message>
        <source>&amp;RPPS number:</source>
        <translation>Numéro R&amp;PPS :</translation>
    </message>
    <message>
        <source>E&amp;stablishment:</source>
        <translation>É&amp;tablissement :</translation>
    </message>
    <message>
        <source>S&amp;treet:</source>
        <translation>&amp;Rue :</translation>
    </message>
    <message>
        <source>P&amp;ostcode:</source>
        <translation>Code p&amp;ostal :</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>Professional not saved</source>
        <translation>Professionnel non enregistré</translation>
    </message>
</context>
<context>
    <name>saisine::ProfessionalForm</name>
    <message>
        <source>Professional&apos;s civility</source>
        <translation>Civilité du professionnel</translation>
    </message>
    <message>
        <source>Professional&apos;s first name</source>
        <translation>Prénom du professionnel</translation>
    </message>
    <message>
        <source>Professional&apos;s name or practice name</source>
        <translation>Nom du professionnel ou du cabinet</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Spécialité</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Section of the order of pharmacists</source>
        <translation>Section de l&apos;ordre des pharmaciens</translation>
    </message>
    <message>
        <source>RPPS number</source>
        <translation>Numéro RPPS</translation>
    </message>
    <message>
        <source>11 digits, if known</source>
        <translation>11 chiffres, s&apos;il est connu</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Street of the place of practice</source>
        <translation>Rue du lieu d&apos;exercice</translation>
    </message>
    <message>
        <source>Postcode of the place of practice</source>
        <translation>Code postal du lieu d&apos;exercice</translation>
    </message>
    <message>
        <source>City of the place of practice</source>
        <translation>Ville du lieu d&apos;exercice</translation>
    </message>
    <message>
        <source>Professional&apos;s phone</source>
        <translation>Téléphone du professionnel</translation>
    </message>
    <message>
        <source>Ci&amp;vility:</source>
        <translation>Ci&amp;vilité :</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <source>&amp;Name or practice:</source>
        <translation>&amp;Nom ou cabinet :</translation>
    </message>
    <message>
        <source>P&amp;rofession:</source>
        <translation>P&amp;rofession :</translation>
    </message>
    <message>
        <source>Spec&amp;ialty:</source>
        <translation>Spéc&amp;ialité :</translation>
    </message>
    <message>
        <source>Sec&amp;tor:</source>
        <translation>Sec&amp;teur :</translation>
    </message>
    <message>
        <source>Pharmacist secti&amp;on:</source>
        <translation>Secti&amp;on (pharmacien) :</translation>
    </message>
    <message>
        <source>RPP&amp;S number:</source>
        <translation>Numéro RPP&amp;S :</translation>
    </message>
    <message>
        <source>Esta&amp;blishment:</source>
        <translation>Éta&amp;blissement :</translation>
    </message>
    <message>
        <source>Str&amp;eet:</source>
        <translation>&amp;Rue :</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <source>Post&amp;code:</source>
        <translation>&amp;Code postal :</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
</context>
<context>
    <name>saisine::ProfessionalPage</name>
    <message>
        <source>RPPS %1</source>
        <translation>RPPS %1</translation>
    </message>
    <message>
        <source>Which professional?</source>
        <translation>Quel professionnel ?</translation>
    </message>
    <message>
        <source>Look for the professional among those the association already knows, by name or RPPS number; otherwise describe them below.</source>
        <translation>Cherchez le professionnel parmi ceux que l&apos;association connaît déjà, par son nom ou son numéro RPPS ; sinon, décrivez-le ci-dessous.</translation>
    </message>
    <message>
        <source>Search a known professional</source>
        <translation>Rechercher un professionnel connu</translation>
    </message>
    <message>
        <source>Name or RPPS number</source>
        <translation>Nom ou numéro RPPS</translation>
    </message>
    <message>
        <source>Known professionals found</source>
        <translation>Professionnels connus trouvés</translation>
    </message>
    <message>
        <source>Use the professional selected in the &amp;list</source>
        <translation>Utiliser le professionnel sélectionné dans la &amp;liste</translation>
    </message>
    <message>
        <source>Use the selected known professional</source>
        <translation>Utiliser le professionnel connu sélectionné</translation>
    </message>
    <message>
        <source>A professional &amp;not recorded yet:</source>
        <translation>Un professionnel &amp;pas encore enregistré :</translation>
    </message>
    <message>
        <source>Record a new professional</source>
        <translation>Enregistrer un nouveau professionnel</translation>
    </message>
    <message>
        <source>Professional already known</source>
        <translation>Professionnel déjà connu</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message numerus="yes">
        <source>This professional is already known in %n other case(s) of the association: %1.</source>
        <translation>
            <numerusform>Ce professionnel est déjà connu dans %n autre dossier de l&apos;association : %1.</numerusform>
            <numerusform>Ce professionnel est déjà connu dans %n autres dossiers de l&apos;association : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a professional in the list, or choose to record a new one.</source>
        <translation>Sélectionnez un professionnel dans la liste, ou choisissez d&apos;en enregistrer un nouveau.</translation>
    </message>
</context>
<context>
    <name>saisine::ProfessionalsModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Spécialité</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>RPPS</source>
        <translation>RPPS</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
</context>
<context>
    <name>saisine::RoutesPage</name>
    <message>
        <source>The case is created: where to file</source>
        <translation>Le dossier est créé : où saisir</translation>
    </message>
    <message>
        <source>Routes open for this case</source>
        <translation>Voies de recours ouvertes pour ce dossier</translation>
    </message>
    <message>
        <source>Documents to prepare</source>
        <translation>Documents à préparer</translation>
    </message>
    <message>
        <source>&amp;Routes, competent bodies and legal sources:</source>
        <translation>&amp;Voies de recours, instances compétentes et sources juridiques :</translation>
    </message>
    <message>
        <source>&amp;Documents to prepare:</source>
        <translation>&amp;Documents à préparer :</translation>
    </message>
    <message>
        <source>Case %1 is recorded for %2. The routes below can often be taken in parallel.</source>
        <translation>Le dossier %1 est enregistré pour %2. Les voies de recours ci-dessous peuvent souvent être engagées en parallèle.</translation>
    </message>
    <message numerus="yes">
        <source>The professional is already known in %n other case(s).</source>
        <translation>
            <numerusform>Le professionnel est déjà connu dans %n autre dossier.</numerusform>
            <numerusform>Le professionnel est déjà connu dans %n autres dossiers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat offence: a final sanction of %1 in case %2 means no conciliation.</source>
        <translation>Récidive : une sanction définitive du %1 dans le dossier %2 exclut la conciliation.</translation>
    </message>
    <message>
        <source>Deontology article of the profession: %1</source>
        <translation>Article de déontologie de la profession : %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>not open</source>
        <translation>non ouverte</translation>
    </message>
    <message>
        <source>Complaint to the CPAM director or to the president of the ordre council (either one starts the procedure)</source>
        <translation>Plainte au directeur de la CPAM ou au président du conseil de l&apos;ordre (l&apos;une ou l&apos;autre engage la procédure)</translation>
    </message>
    <message>
        <source>Mandate of representation for the conciliation session</source>
        <translation>Mandat de représentation pour la séance de conciliation</translation>
    </message>
    <message>
        <source>Request to the CPAM mediator</source>
        <translation>Saisine du médiateur de la CPAM</translation>
    </message>
    <message>
        <source>Letter to the Défenseur des droits</source>
        <translation>Courrier au Défenseur des droits</translation>
    </message>
    <message>
        <source>Report to the DGCCRF (departmental consumer protection office)</source>
        <translation>Signalement à la DGCCRF (direction départementale de la protection des populations)</translation>
    </message>
    <message>
        <source>Express mandate for the association to file on the person&apos;s behalf</source>
        <translation>Mandat exprès pour que l&apos;association saisisse au nom de la personne</translation>
    </message>
    <message>
        <source>List of exhibits</source>
        <translation>Bordereau de pièces</translation>
    </message>
</context>
</TS>
