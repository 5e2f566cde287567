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
        <source>corrections to the law tables (default: &lt;database&gt;.law.json next to the database)</source>
        <translation>corrections des tables juridiques (par défaut : &lt;database&gt;.law.json, à côté de la base de données)</translation>
    </message>
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
    <name>saisine::MainWindow</name>
    <message>
        <source>Saisine</source>
        <translation>Saisine</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Saisine&lt;/h2&gt;&lt;p&gt;Cases of discriminatory refusal of care.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Saisine&lt;/h2&gt;&lt;p&gt;Dossiers de refus de soins discriminatoires.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) in this database.</source>
        <translation>
            <numerusform>%n dossier dans cette base de données.</numerusform>
            <numerusform>%n dossiers dans cette base de données.</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of cases</source>
        <translation>Nombre de dossiers</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
</context>
</TS>
