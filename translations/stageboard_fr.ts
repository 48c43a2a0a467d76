<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Stageboard</name>
    <message>
        <location filename="../app/cli/common.cpp" line="43"/>
        <source>There is no stage named &quot;%1&quot;. The stages are: %2.</source>
        <translation>Il n’y a pas d’étape nommée « %1 ». Les étapes sont : %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="56"/>
        <location filename="../app/cli/copy.cpp" line="29"/>
        <source>There is no database at %1.</source>
        <translation>Il n’y a pas de base de données à %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/demo.cpp" line="18"/>
        <source>--deals must be a whole number from 0 to 10000000, not &quot;%1&quot;.</source>
        <translation>--deals doit être un nombre entier de 0 à 10000000, pas « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/demo.cpp" line="28"/>
        <source>--seed must be a whole number, not &quot;%1&quot;.</source>
        <translation>--seed doit être un nombre entier, pas « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/demo.cpp" line="43"/>
        <source>%1 already holds %2 opportunities; demo data goes into a new database.</source>
        <translation>%1 contient déjà %2 opportunités ; les données de démonstration vont dans une nouvelle base.</translation>
    </message>
    <message>
        <location filename="../app/cli/demo.cpp" line="57"/>
        <source>Created %1 with %2 opportunities in %3 s.</source>
        <translation>%1 créée avec %2 opportunités en %3 s.</translation>
    </message>
    <message>
        <location filename="../app/cli/demo.cpp" line="71"/>
        <source>Create a database with the default process and generated deals.</source>
        <translation>Créer une base avec le processus par défaut et des affaires générées.</translation>
    </message>
    <message>
        <location filename="../app/cli/demo.cpp" line="73"/>
        <source>Creates the database --database names (a new file, or an empty database on a server) with the default process and --deals generated opportunities, their history, quotas and forecast snapshots.</source>
        <translation>Crée la base nommée par --database (un nouveau fichier, ou une base vide sur un serveur) avec le processus par défaut et --deals opportunités générées, leur historique, leurs quotas et des instantanés de prévision.</translation>
    </message>
    <message>
        <location filename="../app/cli/demo.cpp" line="83"/>
        <source>The random seed; the same seed gives the same data.</source>
        <translation>La graine aléatoire ; la même graine donne les mêmes données.</translation>
    </message>
    <message>
        <location filename="../app/cli/list.cpp" line="69"/>
        <source>Cannot write to standard output.</source>
        <translation>Impossible d’écrire sur la sortie standard.</translation>
    </message>
    <message>
        <location filename="../app/cli/list.cpp" line="100"/>
        <source>Print the opportunities as CSV.</source>
        <translation>Afficher les opportunités en CSV.</translation>
    </message>
    <message>
        <location filename="../app/cli/list.cpp" line="103"/>
        <source>Prints every opportunity as CSV: id, title, account, owner, stage, amount, currency, close_date, outcome.</source>
        <translation>Affiche chaque opportunité en CSV : id, title, account, owner, stage, amount, currency, close_date, outcome.</translation>
    </message>
    <message>
        <location filename="../app/cli/list.cpp" line="108"/>
        <source>Only the deals in this stage.</source>
        <translation>Seulement les affaires de cette étape.</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="23"/>
        <source>Who does it (a user&apos;s name); on a server that knows your login, you.</source>
        <translation>Qui le fait (le nom d’un utilisateur) ; sur un serveur qui connaît votre identifiant, vous.</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="29"/>
        <source>The opportunity&apos;s id.</source>
        <translation>L’identifiant de l’opportunité.</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="35"/>
        <source>The file to write; without it, standard output.</source>
        <translation>Le fichier à écrire ; sans lui, la sortie standard.</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="106"/>
        <source>--deal must be an opportunity id, not &quot;%1&quot;.</source>
        <translation>--deal doit être l’identifiant d’une opportunité, pas « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="132"/>
        <source>Your login acts as %1 on this server, and may not act as &quot;%2&quot;.</source>
        <translation>Votre identifiant agit en tant que %1 sur ce serveur et ne peut pas agir en tant que « %2 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="143"/>
        <source>There is no user named &quot;%1&quot;; see the users command.</source>
        <translation>Il n’y a pas d’utilisateur nommé « %1 » ; voir la commande users.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/setuproles.cpp" line="36"/>
        <source>%n login(s) created; pass each new password on to its person, who changes it with &quot;\password&quot; in psql. Logins that existed keep their password.</source>
        <translation>
            <numerusform>%n identifiant créé ; transmettez le nouveau mot de passe à sa personne, qui le change avec « \password » dans psql. Les identifiants existants gardent leur mot de passe.</numerusform>
            <numerusform>%n identifiants créés ; transmettez chaque nouveau mot de passe à sa personne, qui le change avec « \password » dans psql. Les identifiants existants gardent leur mot de passe.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/setuproles.cpp" line="49"/>
        <source>Give every user a login of their own on a PostgreSQL server.</source>
        <translation>Donner à chaque utilisateur son propre identifiant sur un serveur PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../app/cli/setuproles.cpp" line="52"/>
        <source>On a PostgreSQL server, as the database&apos;s owner: gives every user a login of their own and lets the server enforce what each role may do. Prints login,name,role,new_password as CSV.</source>
        <translation>Sur un serveur PostgreSQL, en tant que propriétaire de la base : donne à chaque utilisateur son propre identifiant et laisse le serveur imposer ce que chaque rôle peut faire. Affiche login,name,role,new_password en CSV.</translation>
    </message>
    <message>
        <location filename="../app/cli/move.cpp" line="14"/>
        <location filename="../app/cli/move.cpp" line="39"/>
        <source>move needs --deal ID --to STAGE --as USER.</source>
        <translation>move demande --deal ID --to ÉTAPE --as UTILISATEUR.</translation>
    </message>
    <message>
        <location filename="../app/cli/move.cpp" line="43"/>
        <source>&quot;%1&quot; is already in %2; nothing was moved.</source>
        <translation>« %1 » est déjà en %2 ; rien n’a été déplacé.</translation>
    </message>
    <message>
        <source>--lost-to: there is no competitor called &quot;%1&quot;; the competitors are: %2.</source>
        <translation type="vanished">--lost-to : aucun concurrent ne s’appelle « %1 » ; les concurrents sont : %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation type="vanished">aucun</translation>
    </message>
    <message>
        <location filename="../app/cli/move.cpp" line="91"/>
        <source>Give it with --reason.</source>
        <translation>Indiquez-la avec --reason.</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="226"/>
        <location filename="../app/cli/move.cpp" line="99"/>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/move.cpp" line="54"/>
        <source>warning: --lost-to is for a deal lost to a competitor; %1 is not a lost stage, so it was left out.</source>
        <translation>avertissement : --lost-to vaut pour une affaire perdue face à un concurrent ; %1 n’est pas une étape perdue, il a donc été ignoré.</translation>
    </message>
    <message>
        <location filename="../app/cli/move.cpp" line="73"/>
        <source>--lost-to: %1</source>
        <translation>--lost-to : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/move.cpp" line="77"/>
        <source>Added the competitor %1 to the list.</source>
        <translation>Concurrent %1 ajouté à la liste.</translation>
    </message>
    <message>
        <location filename="../app/cli/move.cpp" line="101"/>
        <source>Moved &quot;%1&quot; from %2 to %3.</source>
        <translation>« %1 » déplacée de %2 vers %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/move.cpp" line="113"/>
        <source>Move a deal through its stage gates.</source>
        <translation>Faire passer une affaire par les portes de ses étapes.</translation>
    </message>
    <message>
        <location filename="../app/cli/move.cpp" line="115"/>
        <source>Moves the deal --deal names to the stage --to names, as --as, through the stage&apos;s gate. Exits with 3 when the gate refuses, listing what is missing.</source>
        <translation>Déplace l’affaire nommée par --deal vers l’étape nommée par --to, en tant que --as, par la porte de l’étape. Se termine avec 3 quand la porte refuse, en listant ce qui manque.</translation>
    </message>
    <message>
        <location filename="../app/cli/move.cpp" line="121"/>
        <source>The stage to move to.</source>
        <translation>L’étape de destination.</translation>
    </message>
    <message>
        <location filename="../app/cli/move.cpp" line="121"/>
        <source>stage</source>
        <translation>étape</translation>
    </message>
    <message>
        <location filename="../app/cli/move.cpp" line="124"/>
        <source>Why it was won or lost (to close it).</source>
        <translation>Pourquoi elle a été gagnée ou perdue (pour la clore).</translation>
    </message>
    <message>
        <location filename="../app/cli/move.cpp" line="126"/>
        <source>A further reason it was won or lost (repeatable).</source>
        <translation>Une autre raison du gain ou de la perte (répétable).</translation>
    </message>
    <message>
        <location filename="../app/cli/move.cpp" line="128"/>
        <source>The competitor it was lost to (a new name joins the list).</source>
        <translation>Le concurrent qui l’a emportée (un nouveau nom rejoint la liste).</translation>
    </message>
    <message>
        <source>The competitor it was lost to (a name from the list).</source>
        <translation type="vanished">Le concurrent qui l’a emportée (un nom de la liste).</translation>
    </message>
    <message>
        <location filename="../app/cli/move.cpp" line="129"/>
        <source>competitor</source>
        <translation>concurrent</translation>
    </message>
    <message>
        <location filename="../app/cli/move.cpp" line="130"/>
        <source>Notes on the close.</source>
        <translation>Notes sur la clôture.</translation>
    </message>
    <message>
        <location filename="../app/cli/move.cpp" line="132"/>
        <source>A manager&apos;s reason to move past unmet required criteria.</source>
        <translation>La raison d’un manager pour passer outre des critères obligatoires non remplis.</translation>
    </message>
    <message>
        <location filename="../app/cli/history.cpp" line="18"/>
        <source>history needs --deal ID.</source>
        <translation>history demande --deal ID.</translation>
    </message>
    <message>
        <location filename="../app/cli/history.cpp" line="62"/>
        <source>Print a deal&apos;s stage ledger as CSV.</source>
        <translation>Afficher le registre des étapes d’une affaire en CSV.</translation>
    </message>
    <message>
        <location filename="../app/cli/history.cpp" line="64"/>
        <source>Prints every stage change of the deal --deal names, oldest first, as CSV.</source>
        <translation>Affiche chaque changement d’étape de l’affaire nommée par --deal en CSV, le plus ancien d’abord.</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="172"/>
        <source>--delimiter must be &quot;,&quot;, &quot;;&quot; or &quot;tab&quot;, not &quot;%1&quot;.</source>
        <translation>--delimiter doit être « , », « ; » ou « tab », pas « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="184"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>export takes opportunities, history or forecast, not &quot;%1&quot;.</source>
        <translation type="vanished">export prend opportunities, history ou forecast, pas « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/export.cpp" line="32"/>
        <source>--period must be month or quarter, not &quot;%1&quot;.</source>
        <translation>--period doit être month ou quarter, pas « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/export.cpp" line="87"/>
        <source>Wrote %1 rows to %2.</source>
        <translation>%1 lignes écrites dans %2.</translation>
    </message>
    <message>
        <source>export takes opportunities, history or forecast.</source>
        <translation type="vanished">export attend opportunities, history ou forecast.</translation>
    </message>
    <message>
        <source>Write opportunities, the stage history or the forecast as CSV.</source>
        <translation type="vanished">Écrire les opportunités, l’historique des étapes ou la prévision en CSV.</translation>
    </message>
    <message>
        <source>opportunities|history|forecast</source>
        <translation type="vanished">opportunities|history|forecast</translation>
    </message>
    <message>
        <source>Writes the opportunities, every row of the stage ledger, or the forecast table as CSV, to --output FILE or to standard output.</source>
        <translation type="vanished">Écrit les opportunités, chaque ligne du registre des étapes ou le tableau de prévision en CSV, vers --output FICHIER ou la sortie standard.</translation>
    </message>
    <message>
        <source>opportunities, history or forecast.</source>
        <translation type="vanished">opportunities, history ou forecast.</translation>
    </message>
    <message>
        <location filename="../app/cli/export.cpp" line="23"/>
        <source>export takes opportunities, history, forecast, contacts, stakeholders or activities, not &quot;%1&quot;.</source>
        <translation>export prend opportunities, history, forecast, contacts, stakeholders ou activities, pas « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/export.cpp" line="95"/>
        <source>export takes opportunities, history, forecast, contacts, stakeholders or activities.</source>
        <translation>export prend opportunities, history, forecast, contacts, stakeholders ou activities.</translation>
    </message>
    <message>
        <location filename="../app/cli/export.cpp" line="109"/>
        <source>Write opportunities, the stage history, the forecast or the people as CSV.</source>
        <translation>Écrire les opportunités, l’historique des étapes, la prévision ou les personnes en CSV.</translation>
    </message>
    <message>
        <location filename="../app/cli/export.cpp" line="110"/>
        <location filename="../app/cli/export.cpp" line="120"/>
        <source>opportunities|history|forecast|contacts|stakeholders|activities</source>
        <translation>opportunities|history|forecast|contacts|stakeholders|activities</translation>
    </message>
    <message>
        <location filename="../app/cli/export.cpp" line="112"/>
        <source>Writes the opportunities, every row of the stage ledger, the forecast table, the contacts, every deal&apos;s stakeholders or every activity as CSV, to --output FILE or to standard output.</source>
        <translation>Écrit les opportunités, chaque ligne du journal des étapes, le tableau de prévision, les contacts, les parties prenantes de chaque affaire ou chaque activité en CSV, dans --output FICHIER ou sur la sortie standard.</translation>
    </message>
    <message>
        <location filename="../app/cli/export.cpp" line="119"/>
        <source>opportunities, history, forecast, contacts, stakeholders or activities.</source>
        <translation>opportunities, history, forecast, contacts, stakeholders ou activities.</translation>
    </message>
    <message>
        <location filename="../app/cli/export.cpp" line="124"/>
        <source>, (the default), ; or tab.</source>
        <translation>, (par défaut), ; ou tab.</translation>
    </message>
    <message>
        <location filename="../app/cli/export.cpp" line="125"/>
        <source>forecast: month (the default) or quarter.</source>
        <translation>forecast : month (par défaut) ou quarter.</translation>
    </message>
    <message>
        <location filename="../app/cli/export.cpp" line="128"/>
        <source>Start with a byte-order mark, for spreadsheets.</source>
        <translation>Commencer par une marque d’ordre des octets, pour les tableurs.</translation>
    </message>
    <message>
        <location filename="../app/cli/export.cpp" line="130"/>
        <source>Write text exactly as stored, for programs. Without it, text a spreadsheet would run as a formula (starting with =, +, -, @) gets a leading apostrophe.</source>
        <translation>Écrire le texte exactement tel qu’il est enregistré, pour les programmes. Sans cette option, le texte qu’un tableur exécuterait comme formule (commençant par =, +, -, @) reçoit une apostrophe en tête.</translation>
    </message>
    <message>
        <location filename="../app/cli/contacts.cpp" line="63"/>
        <location filename="../app/cli/import.cpp" line="18"/>
        <location filename="../app/cli/process.cpp" line="30"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/import.cpp" line="33"/>
        <source>--stage-map needs FROM=STAGE with a stage of this process, not &quot;%1&quot;.</source>
        <translation>--stage-map demande DE=ÉTAPE avec une étape de ce processus, pas « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/contacts.cpp" line="81"/>
        <location filename="../app/cli/import.cpp" line="57"/>
        <location filename="../app/cli/process.cpp" line="35"/>
        <location filename="../model/core/fieldrules.cpp" line="99"/>
        <location filename="../model/core/fieldrules.cpp" line="134"/>
        <location filename="../model/core/fieldrules.cpp" line="142"/>
        <location filename="../model/core/fieldrules.cpp" line="144"/>
        <location filename="../model/core/fieldrules.cpp" line="146"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/import.cpp" line="62"/>
        <source>Map each stage this process lacks onto one of its own with --stage-map, e.g. --stage-map &quot;%1=%2&quot;.</source>
        <translation>Associez chaque étape que ce processus ne connaît pas à l’une des siennes avec --stage-map, p. ex. --stage-map &quot;%1=%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="234"/>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 de plus</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/common.cpp" line="239"/>
        <source>%n account(s) do not exist yet: %1</source>
        <translation>
            <numerusform>%n compte n’existe pas encore : %1</numerusform>
            <numerusform>%n comptes n’existent pas encore : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/common.cpp" line="244"/>
        <source>%n owner(s) do not exist yet: %1</source>
        <translation>
            <numerusform>%n responsable n’existe pas encore : %1</numerusform>
            <numerusform>%n responsables n’existent pas encore : %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="255"/>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="261"/>
        <source>Create the missing accounts and owners with --create-missing.</source>
        <translation>Créez les comptes et responsables manquants avec --create-missing.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/common.cpp" line="251"/>
        <source>Checked %n row(s):</source>
        <translation>
            <numerusform>%n ligne vérifiée :</numerusform>
            <numerusform>%n lignes vérifiées :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/common.cpp" line="252"/>
        <source>%n cannot be imported.</source>
        <translation>
            <numerusform>%n ne peut pas être importée.</numerusform>
            <numerusform>%n ne peuvent pas être importées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="253"/>
        <source>Nothing was imported (dry run).</source>
        <translation>Rien n’a été importé (essai à blanc).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/common.cpp" line="257"/>
        <source>Fix the %n row(s) above, or import the others with --skip-bad-rows.</source>
        <translation>
            <numerusform>Corrigez la ligne ci-dessus (%n) ou importez les autres avec --skip-bad-rows.</numerusform>
            <numerusform>Corrigez les %n lignes ci-dessus ou importez les autres avec --skip-bad-rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/common.cpp" line="264"/>
        <source>Imported %1 of %n row(s).</source>
        <translation>
            <numerusform>%1 sur %n ligne importée(s).</numerusform>
            <numerusform>%1 sur %n lignes importées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/import.cpp" line="74"/>
        <source>import takes one FILE.</source>
        <translation>import attend un FICHIER.</translation>
    </message>
    <message>
        <location filename="../app/cli/import.cpp" line="86"/>
        <source>Import opportunities from CSV.</source>
        <translation>Importer des opportunités depuis un CSV.</translation>
    </message>
    <message>
        <location filename="../app/cli/import.cpp" line="87"/>
        <location filename="../app/cli/import.cpp" line="94"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location filename="../app/cli/import.cpp" line="88"/>
        <source>Imports the opportunities in FILE (Salesforce, HubSpot, Pipedrive or Stageboard headers). Every row is checked first; exits with 3 when rows are refused, and then imports nothing unless told to skip them.</source>
        <translation>Importe les opportunités de FICHIER (en-têtes Salesforce, HubSpot, Pipedrive ou Stageboard). Chaque ligne est d’abord vérifiée ; se termine avec 3 quand des lignes sont refusées, et n’importe alors rien, sauf s’il est demandé de les ignorer.</translation>
    </message>
    <message>
        <location filename="../app/cli/import.cpp" line="93"/>
        <source>The CSV file to import.</source>
        <translation>Le fichier CSV à importer.</translation>
    </message>
    <message>
        <location filename="../app/cli/import.cpp" line="97"/>
        <source>Check every row, import nothing.</source>
        <translation>Vérifier chaque ligne, ne rien importer.</translation>
    </message>
    <message>
        <location filename="../app/cli/import.cpp" line="99"/>
        <source>Read stage FROM as this process&apos;s STAGE (repeatable).</source>
        <translation>Lire l’étape DE comme l’ÉTAPE de ce processus (répétable).</translation>
    </message>
    <message>
        <location filename="../app/cli/import.cpp" line="102"/>
        <source>Create the accounts and owners the database lacks.</source>
        <translation>Créer les comptes et responsables qui manquent à la base.</translation>
    </message>
    <message>
        <location filename="../app/cli/import.cpp" line="104"/>
        <source>Import the good rows even when some are bad.</source>
        <translation>Importer les bonnes lignes même si certaines sont erronées.</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="198"/>
        <source>--%1 must be a date (YYYY-MM-DD) or a month (YYYY-MM), not &quot;%2&quot;.</source>
        <translation>--%1 doit être une date (AAAA-MM-JJ) ou un mois (AAAA-MM), pas « %2 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/forecast.cpp" line="26"/>
        <source>--by must be month, quarter, year, rep or stage, not &quot;%1&quot;.</source>
        <translation>--by doit être month, quarter, year, rep ou stage, pas « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/forecast.cpp" line="41"/>
        <source>--from must not come after --to.</source>
        <translation>--from ne doit pas venir après --to.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/forecast.cpp" line="65"/>
        <source>%n deal(s) left out: no exchange rate into %1 for %2.</source>
        <translation>
            <numerusform>%n affaire laissée de côté : pas de taux de change vers %1 pour %2.</numerusform>
            <numerusform>%n affaires laissées de côté : pas de taux de change vers %1 pour %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/forecast.cpp" line="114"/>
        <source>Print the forecast as CSV.</source>
        <translation>Afficher la prévision en CSV.</translation>
    </message>
    <message>
        <location filename="../app/cli/forecast.cpp" line="116"/>
        <source>Prints the forecast as CSV: period (or rep, or stage), deals, amount, weighted, commit, best_case, closed_won, quota, currency. commit is closed won plus the deals in Commit; best_case is commit plus the deals in Best Case.</source>
        <translation>Affiche la prévision en CSV : period (ou rep, ou stage), deals, amount, weighted, commit, best_case, closed_won, quota, currency. commit est le gagné plus les affaires en Commit ; best_case est commit plus les affaires en Best Case.</translation>
    </message>
    <message>
        <location filename="../app/cli/forecast.cpp" line="123"/>
        <source>The first close month (YYYY-MM).</source>
        <translation>Le premier mois de clôture (AAAA-MM).</translation>
    </message>
    <message>
        <location filename="../app/cli/forecast.cpp" line="123"/>
        <location filename="../app/cli/forecast.cpp" line="125"/>
        <location filename="../app/cli/reviews.cpp" line="234"/>
        <location filename="../app/cli/reviews.cpp" line="236"/>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <location filename="../app/cli/forecast.cpp" line="125"/>
        <source>The last close month (YYYY-MM).</source>
        <translation>Le dernier mois de clôture (AAAA-MM).</translation>
    </message>
    <message>
        <location filename="../app/cli/forecast.cpp" line="127"/>
        <source>month (the default), quarter, year, rep or stage.</source>
        <translation>month (par défaut), quarter, year, rep ou stage.</translation>
    </message>
    <message>
        <location filename="../app/cli/forecast.cpp" line="129"/>
        <source>Also record today&apos;s forecast snapshot.</source>
        <translation>Enregistrer aussi l’instantané de la prévision du jour.</translation>
    </message>
    <message>
        <location filename="../app/cli/process.cpp" line="19"/>
        <source>process takes export, or import FILE.</source>
        <translation>process prend export, ou import FICHIER.</translation>
    </message>
    <message>
        <location filename="../app/cli/process.cpp" line="43"/>
        <source>Added the pipeline &quot;%1&quot; with %2 stages.</source>
        <translation>Pipeline « %1 » ajouté avec %2 étapes.</translation>
    </message>
    <message>
        <location filename="../app/cli/process.cpp" line="56"/>
        <source>There is no pipeline named &quot;%1&quot;; there are: %2.</source>
        <translation>Il n’y a pas de pipeline nommé « %1 » ; il y a : %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/process.cpp" line="64"/>
        <source>The database has no pipeline.</source>
        <translation>La base n’a pas de pipeline.</translation>
    </message>
    <message>
        <location filename="../app/cli/process.cpp" line="90"/>
        <source>Write a pipeline&apos;s process as JSON, or add one from a file.</source>
        <translation>Écrire le processus d’un pipeline en JSON, ou en ajouter un depuis un fichier.</translation>
    </message>
    <message>
        <location filename="../app/cli/process.cpp" line="91"/>
        <location filename="../app/cli/process.cpp" line="98"/>
        <source>export | import FILE</source>
        <translation>export | import FICHIER</translation>
    </message>
    <message>
        <location filename="../app/cli/process.cpp" line="93"/>
        <source>export writes a pipeline&apos;s process (--pipeline NAME, else the first) as JSON to --output FILE or standard output; import FILE adds the process in FILE as a new pipeline.</source>
        <translation>export écrit le processus d’un pipeline (--pipeline NOM, sinon le premier) en JSON vers --output FICHIER ou la sortie standard ; import FICHIER ajoute le processus de FICHIER comme nouveau pipeline.</translation>
    </message>
    <message>
        <location filename="../app/cli/process.cpp" line="97"/>
        <source>export, or import FILE.</source>
        <translation>export, ou import FICHIER.</translation>
    </message>
    <message>
        <location filename="../app/cli/process.cpp" line="101"/>
        <source>export: the pipeline to write (its name).</source>
        <translation>export : le pipeline à écrire (son nom).</translation>
    </message>
    <message>
        <location filename="../app/cli/copy.cpp" line="25"/>
        <source>copy needs --from DATABASE and --to DATABASE.</source>
        <translation>copy demande --from BASE et --to BASE.</translation>
    </message>
    <message>
        <location filename="../app/cli/copy.cpp" line="46"/>
        <source>%1: %2 rows</source>
        <translation>%1 : %2 lignes</translation>
    </message>
    <message>
        <location filename="../app/cli/copy.cpp" line="56"/>
        <source>Copied %1 rows from %2 to %3 in %4 s; every table&apos;s count matches.</source>
        <translation>%1 lignes copiées de %2 vers %3 en %4 s ; le compte de chaque table correspond.</translation>
    </message>
    <message>
        <location filename="../app/cli/copy.cpp" line="70"/>
        <source>Copy a whole database into another.</source>
        <translation>Copier toute une base dans une autre.</translation>
    </message>
    <message>
        <location filename="../app/cli/copy.cpp" line="73"/>
        <source>Copies a whole database --from one --to another, e.g. a file onto a new shared server (postgresql://user@host:port/database), checking that every table&apos;s row count matches.</source>
        <translation>Copie toute une base --from une --to une autre, par exemple un fichier vers un nouveau serveur partagé (postgresql://utilisateur@hôte:port/base), en vérifiant que le nombre de lignes de chaque table correspond.</translation>
    </message>
    <message>
        <location filename="../app/cli/copy.cpp" line="77"/>
        <source>The database to copy.</source>
        <translation>La base à copier.</translation>
    </message>
    <message>
        <location filename="../app/cli/copy.cpp" line="78"/>
        <source>The database to copy into.</source>
        <translation>La base dans laquelle copier.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="67"/>
        <location filename="../app/cli/cli.cpp" line="92"/>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="67"/>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="16"/>
        <source>The SQLite database file, or postgresql://user@host:port/database.</source>
        <translation>Le fichier de base SQLite, ou postgresql://utilisateur@hôte:port/base.</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="17"/>
        <location filename="../app/cli/copy.cpp" line="77"/>
        <location filename="../app/cli/copy.cpp" line="78"/>
        <source>database</source>
        <translation>base</translation>
    </message>
    <message>
        <location filename="../app/cli/demo.cpp" line="80"/>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../app/cli/demo.cpp" line="80"/>
        <source>How many deals to generate (60 unless given).</source>
        <translation>Combien d’affaires générer (60 sans indication).</translation>
    </message>
    <message>
        <location filename="../app/cli/demo.cpp" line="83"/>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../app/cli/contacts.cpp" line="38"/>
        <source>There is no account named &quot;%1&quot;.</source>
        <translation>Il n’y a pas de compte nommé « %1 ».</translation>
    </message>
    <message>
        <source>contact takes add.</source>
        <translation type="vanished">contact prend add.</translation>
    </message>
    <message>
        <location filename="../app/cli/contacts.cpp" line="109"/>
        <source>contact add needs --name and --account.</source>
        <translation>contact add a besoin de --name et --account.</translation>
    </message>
    <message>
        <location filename="../app/cli/contacts.cpp" line="145"/>
        <source>Added the account &quot;%1&quot;.</source>
        <translation>Compte « %1 » ajouté.</translation>
    </message>
    <message>
        <location filename="../app/cli/contacts.cpp" line="162"/>
        <source>Print the contacts as CSV.</source>
        <translation>Afficher les contacts en CSV.</translation>
    </message>
    <message>
        <location filename="../app/cli/contacts.cpp" line="163"/>
        <source>Prints the contacts, of one account with --account, as CSV: id, name, title, email, phone, account, owner.</source>
        <translation>Affiche les contacts en CSV, ceux d’un compte avec --account : id, name, title, email, phone, account, owner.</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="94"/>
        <source>--%1 must be an id, not &quot;%2&quot;.</source>
        <translation>--%1 doit être un identifiant, pas « %2 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="29"/>
        <source>There is no user named &quot;%1&quot;.</source>
        <translation>Il n’y a pas d’utilisateur nommé « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="49"/>
        <source>--due takes overdue, today, week or all, not &quot;%1&quot;.</source>
        <translation>--due prend overdue, today, week ou all, pas « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="70"/>
        <source>--type takes call, meeting, task or email, not &quot;%1&quot;.</source>
        <translation>--type prend call, meeting, task ou email, pas « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="80"/>
        <source>--due must be a date and time such as 2027-03-01T14:30, not &quot;%1&quot;.</source>
        <translation>--due doit être une date et une heure, par exemple 2027-03-01T14:30, pas « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="91"/>
        <source>There is no opportunity %1.</source>
        <translation>Il n’y a pas d’opportunité %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="97"/>
        <source>There is no contact %1.</source>
        <translation>Il n’y a pas de contact %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="121"/>
        <location filename="../app/cli/activities.cpp" line="182"/>
        <source>There is no activity %1.</source>
        <translation>Il n’y a pas d’activité %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="130"/>
        <source>Done: &quot;%1&quot;.</source>
        <translation>Fait : « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="139"/>
        <source>activity takes add or done.</source>
        <translation>activity prend add ou done.</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="145"/>
        <source>activity add needs --type, --subject and --due.</source>
        <translation>activity add a besoin de --type, --subject et --due.</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="149"/>
        <source>activity done needs --id.</source>
        <translation>activity done a besoin de --id.</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="167"/>
        <source>debrief needs --id and --went-well or --improve.</source>
        <translation>debrief demande --id et --went-well ou --improve.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/activities.cpp" line="197"/>
        <source>Debriefed &quot;%1&quot;; %n objection(s) left open on the deal.</source>
        <translation>
            <numerusform>« %1 » débriefé ; %n objection reste ouverte sur l’affaire.</numerusform>
            <numerusform>« %1 » débriefé ; %n objections restent ouvertes sur l’affaire.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="210"/>
        <source>Print the activities as CSV.</source>
        <translation>Afficher les activités en CSV.</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="211"/>
        <source>Prints calls, meetings, tasks and emails as CSV: id, type, subject, due, owner, deal_id, contact_id, done_at, outcome (times in UTC). --due overdue, today or week lists what is still to do by then.</source>
        <translation>Affiche les appels, rendez-vous, tâches et e-mails en CSV : id, type, subject, due, owner, deal_id, contact_id, done_at, outcome (heures en UTC). --due overdue, today ou week liste ce qui reste à faire d’ici là.</translation>
    </message>
    <message>
        <location filename="../app/cli/accounts.cpp" line="39"/>
        <source>There is no territory named &quot;%1&quot;; the database has none yet.</source>
        <translation>Il n’y a pas de territoire nommé « %1 » ; la base n’en a encore aucun.</translation>
    </message>
    <message>
        <location filename="../app/cli/accounts.cpp" line="41"/>
        <source>There is no territory named &quot;%1&quot;; the territories are: %2.</source>
        <translation>Il n’y a pas de territoire nommé « %1 » ; les territoires sont : %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/accounts.cpp" line="61"/>
        <source>Print the accounts as CSV, with their pipeline, wins and activities.</source>
        <translation>Afficher les comptes en CSV, avec leur pipeline, leurs gains et leurs activités.</translation>
    </message>
    <message>
        <location filename="../app/cli/accounts.cpp" line="63"/>
        <source>Prints a row for every account, by name: id, name, industry, territory, owner, tier (A, B, C or empty), open_amount and open_weighted (its open deals, in the reporting currency), won_12m (won in the last 365 days), last_activity and next_activity (UTC; its deals&apos; activities and its people&apos;s). --territory keeps the accounts of that territory and of the territories inside it.</source>
        <translation>Affiche une ligne par compte, par nom : id, name, industry, territory, owner, tier (A, B, C ou vide), open_amount et open_weighted (ses affaires ouvertes, dans la devise de reporting), won_12m (gagné dans les 365 derniers jours), last_activity et next_activity (UTC ; les activités de ses affaires et de ses personnes). --territory garde les comptes de ce territoire et des territoires qu’il contient.</translation>
    </message>
    <message>
        <location filename="../app/cli/accounts.cpp" line="71"/>
        <source>Only the accounts in this territory (or one inside it).</source>
        <translation>Seulement les comptes de ce territoire (ou d’un territoire qu’il contient).</translation>
    </message>
    <message>
        <location filename="../app/cli/accounts.cpp" line="72"/>
        <location filename="../app/cli/activities.cpp" line="216"/>
        <location filename="../app/cli/contacts.cpp" line="168"/>
        <location filename="../app/cli/contacts.cpp" line="189"/>
        <location filename="../app/cli/contacts.cpp" line="190"/>
        <location filename="../app/cli/list.cpp" line="108"/>
        <location filename="../app/cli/process.cpp" line="101"/>
        <location filename="../app/cli/roles.cpp" line="133"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="216"/>
        <source>Only this user&apos;s activities.</source>
        <translation>Seulement les activités de cet utilisateur.</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="219"/>
        <source>overdue, today, week or all (the default).</source>
        <translation>overdue, today, week ou all (par défaut).</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="219"/>
        <source>when</source>
        <translation>quand</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="229"/>
        <source>Plan an activity, or mark one done.</source>
        <translation>Planifier une activité, ou la marquer comme faite.</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="231"/>
        <source>add plans a call, meeting, task or email for --as, due at --due (local time unless a zone is given), and prints its id; done marks --id done with --outcome.</source>
        <translation>add planifie un appel, un rendez-vous, une tâche ou un e-mail pour --as, dû à --due (heure locale sauf fuseau indiqué), et affiche son identifiant ; done marque --id comme fait avec --outcome.</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="235"/>
        <source>add or done</source>
        <translation>add ou done</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="238"/>
        <source>call, meeting, task or email.</source>
        <translation>call, meeting, task ou email.</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="238"/>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="239"/>
        <source>What it is about.</source>
        <translation>De quoi il s’agit.</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="239"/>
        <location filename="../app/cli/activities.cpp" line="244"/>
        <location filename="../app/cli/activities.cpp" line="262"/>
        <location filename="../app/cli/activities.cpp" line="263"/>
        <location filename="../app/cli/activities.cpp" line="265"/>
        <location filename="../app/cli/activities.cpp" line="267"/>
        <location filename="../app/cli/move.cpp" line="130"/>
        <location filename="../app/cli/reviews.cpp" line="276"/>
        <location filename="../app/cli/reviews.cpp" line="278"/>
        <location filename="../app/cli/roles.cpp" line="135"/>
        <location filename="../app/cli/signoffs.cpp" line="169"/>
        <location filename="../app/cli/signoffs.cpp" line="172"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="240"/>
        <source>When, e.g. 2027-03-01T14:30.</source>
        <translation>Quand, par exemple 2027-03-01T14:30.</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="240"/>
        <source>time</source>
        <translation>heure</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="242"/>
        <location filename="../app/cli/stakeholders.cpp" line="177"/>
        <source>The contact&apos;s id.</source>
        <translation>L’identifiant du contact.</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="243"/>
        <source>done: the activity&apos;s id.</source>
        <translation>done : l’identifiant de l’activité.</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="244"/>
        <source>done: what came of it.</source>
        <translation>done : ce qui en est sorti.</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="255"/>
        <source>Write the debrief of a call or meeting.</source>
        <translation>Écrire le débrief d’un appel ou d’un rendez-vous.</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="256"/>
        <source>Writes what went well, what to improve and the questions not asked on call or meeting --id; each --unresolved objection stays open on its deal until someone marks it resolved.</source>
        <translation>Écrit, pour l’appel ou le rendez-vous --id, ce qui s’est bien passé, ce qu’il faut améliorer et les questions non posées ; chaque objection --unresolved reste ouverte sur l’affaire jusqu’à ce que quelqu’un la marque levée.</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="261"/>
        <source>The call&apos;s or meeting&apos;s id.</source>
        <translation>L’identifiant de l’appel ou du rendez-vous.</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="262"/>
        <source>What went well.</source>
        <translation>Ce qui s’est bien passé.</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="263"/>
        <source>What to do better.</source>
        <translation>Ce qu’il faut améliorer.</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="265"/>
        <source>The questions that were not asked.</source>
        <translation>Les questions qui n’ont pas été posées.</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="267"/>
        <source>An objection left unresolved (may be given again).</source>
        <translation>Une objection restée ouverte (peut être répété).</translation>
    </message>
    <message>
        <location filename="../app/cli/contacts.cpp" line="168"/>
        <source>Only the contacts at this account.</source>
        <translation>Seulement les contacts de ce compte.</translation>
    </message>
    <message>
        <source>Add a contact.</source>
        <translation type="vanished">Ajouter un contact.</translation>
    </message>
    <message>
        <source>add adds a person at an account (created when the database has none of that name), looked after by --as, and prints the new contact&apos;s id.</source>
        <translation type="vanished">add ajoute une personne dans un compte (créé si la base n’en a aucun de ce nom), suivie par --as, et affiche l’identifiant du nouveau contact.</translation>
    </message>
    <message>
        <location filename="../app/cli/roles.cpp" line="45"/>
        <source>role takes one action, add.</source>
        <translation>role prend une action : add.</translation>
    </message>
    <message>
        <location filename="../app/cli/roles.cpp" line="50"/>
        <source>role add needs --name.</source>
        <translation>role add demande --name.</translation>
    </message>
    <message>
        <location filename="../app/cli/roles.cpp" line="61"/>
        <source>role add needs --as: the admin who adds it.</source>
        <translation>role add demande --as : l’administrateur qui l’ajoute.</translation>
    </message>
    <message>
        <location filename="../app/cli/roles.cpp" line="65"/>
        <source>%1 is not an admin: only an admin defines the roles.</source>
        <translation>%1 n’est pas administrateur : seul un administrateur définit les rôles.</translation>
    </message>
    <message>
        <location filename="../app/cli/roles.cpp" line="87"/>
        <source>--member: there is no user called &quot;%1&quot;.</source>
        <translation>--member : il n’y a pas d’utilisateur « %1 ».</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/roles.cpp" line="99"/>
        <source>Added the role %1 with %n member(s).</source>
        <translation>
            <numerusform>Rôle %1 ajouté avec %n membre.</numerusform>
            <numerusform>Rôle %1 ajouté avec %n membres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/roles.cpp" line="100"/>
        <source>Changed the role %1: %n member(s).</source>
        <translation>
            <numerusform>Rôle %1 modifié : %n membre.</numerusform>
            <numerusform>Rôle %1 modifié : %n membres.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/roles.cpp" line="112"/>
        <source>Print the company&apos;s own roles as CSV.</source>
        <translation>Afficher les rôles propres à l’entreprise en CSV.</translation>
    </message>
    <message>
        <location filename="../app/cli/roles.cpp" line="114"/>
        <source>Prints every role the admin defined (such as Legal, Finance or Plant manager) as CSV: name, description, members (separated by &quot;; &quot;).</source>
        <translation>Affiche chaque rôle défini par l’administrateur (par exemple Juridique, Finance ou Directeur d’usine) en CSV : name, description, members (séparés par « ; »).</translation>
    </message>
    <message>
        <location filename="../app/cli/roles.cpp" line="125"/>
        <source>Add a role of the company&apos;s own, or members to one.</source>
        <translation>Ajouter un rôle propre à l’entreprise, ou des membres à un rôle.</translation>
    </message>
    <message>
        <location filename="../app/cli/roles.cpp" line="127"/>
        <source>add defines the role --name with its --description and its members (--member, once for each user); for a role that exists, it adds the members and changes the description. Only an admin may.</source>
        <translation>add définit le rôle --name avec sa --description et ses membres (--member, une fois par utilisateur) ; pour un rôle existant, il ajoute les membres et change la description. Seul un administrateur le peut.</translation>
    </message>
    <message>
        <location filename="../app/cli/roles.cpp" line="131"/>
        <source>add</source>
        <translation>add</translation>
    </message>
    <message>
        <location filename="../app/cli/roles.cpp" line="133"/>
        <source>The role&apos;s name.</source>
        <translation>Le nom du rôle.</translation>
    </message>
    <message>
        <location filename="../app/cli/roles.cpp" line="135"/>
        <source>What the role is responsible for.</source>
        <translation>Ce dont le rôle est responsable.</translation>
    </message>
    <message>
        <location filename="../app/cli/roles.cpp" line="137"/>
        <source>A user who holds the role (repeatable).</source>
        <translation>Un utilisateur qui a ce rôle (répétable).</translation>
    </message>
    <message>
        <location filename="../app/cli/contacts.cpp" line="94"/>
        <source>contact import takes one FILE.</source>
        <translation>contact import prend un FICHIER.</translation>
    </message>
    <message>
        <location filename="../app/cli/contacts.cpp" line="100"/>
        <source>contact takes add or import FILE.</source>
        <translation>contact prend add ou import FICHIER.</translation>
    </message>
    <message>
        <location filename="../app/cli/contacts.cpp" line="178"/>
        <source>Add a contact, or import contacts from CSV.</source>
        <translation>Ajouter un contact, ou importer des contacts depuis un CSV.</translation>
    </message>
    <message>
        <location filename="../app/cli/contacts.cpp" line="179"/>
        <location filename="../app/cli/contacts.cpp" line="187"/>
        <source>add|import FILE</source>
        <translation>add|import FICHIER</translation>
    </message>
    <message>
        <location filename="../app/cli/contacts.cpp" line="181"/>
        <source>add adds a person at an account (created when the database has none of that name), looked after by --as, and prints the new contact&apos;s id. import reads the contacts in FILE (Salesforce, HubSpot or Stageboard headers); every row is checked first, and nothing is imported while a row is refused unless told to skip them (exit code 3).</source>
        <translation>add ajoute une personne d’un compte (créé si la base n’en a aucun de ce nom), suivie par --as, et affiche le numéro du nouveau contact. import lit les contacts de FICHIER (en-têtes Salesforce, HubSpot ou Stageboard) ; chaque ligne est d’abord vérifiée, et rien n’est importé tant qu’une ligne est refusée, sauf si l’on demande de l’ignorer (code de sortie 3).</translation>
    </message>
    <message>
        <location filename="../app/cli/contacts.cpp" line="186"/>
        <source>add, or import FILE</source>
        <translation>add, ou import FICHIER</translation>
    </message>
    <message>
        <location filename="../app/cli/contacts.cpp" line="189"/>
        <source>The person&apos;s name.</source>
        <translation>Le nom de la personne.</translation>
    </message>
    <message>
        <location filename="../app/cli/contacts.cpp" line="190"/>
        <source>The account they work at.</source>
        <translation>Le compte où elle travaille.</translation>
    </message>
    <message>
        <location filename="../app/cli/contacts.cpp" line="191"/>
        <source>Their job title.</source>
        <translation>Sa fonction.</translation>
    </message>
    <message>
        <location filename="../app/cli/contacts.cpp" line="191"/>
        <source>title</source>
        <translation>fonction</translation>
    </message>
    <message>
        <location filename="../app/cli/contacts.cpp" line="192"/>
        <source>Their email address.</source>
        <translation>Son adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../app/cli/contacts.cpp" line="192"/>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../app/cli/contacts.cpp" line="193"/>
        <source>Their phone number.</source>
        <translation>Son numéro de téléphone.</translation>
    </message>
    <message>
        <location filename="../app/cli/contacts.cpp" line="193"/>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <location filename="../app/cli/contacts.cpp" line="196"/>
        <source>import: check every row, import nothing.</source>
        <translation>import : vérifier chaque ligne, ne rien importer.</translation>
    </message>
    <message>
        <location filename="../app/cli/contacts.cpp" line="198"/>
        <source>import: create the accounts the database lacks.</source>
        <translation>import : créer les comptes qui manquent à la base.</translation>
    </message>
    <message>
        <location filename="../app/cli/contacts.cpp" line="200"/>
        <source>import: import the good rows even when some are bad.</source>
        <translation>import : importer les bonnes lignes même si certaines sont mauvaises.</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="242"/>
        <location filename="../app/cli/activities.cpp" line="243"/>
        <location filename="../app/cli/activities.cpp" line="261"/>
        <location filename="../app/cli/common.cpp" line="29"/>
        <location filename="../app/cli/stakeholders.cpp" line="177"/>
        <location filename="../app/cli/stakeholders.cpp" line="184"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location filename="../app/cli/forecast.cpp" line="127"/>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="24"/>
        <location filename="../app/cli/roles.cpp" line="137"/>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <location filename="../app/cli/move.cpp" line="124"/>
        <location filename="../app/cli/move.cpp" line="126"/>
        <location filename="../app/cli/move.cpp" line="133"/>
        <source>reason</source>
        <translation>raison</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="35"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location filename="../app/cli/export.cpp" line="124"/>
        <source>delimiter</source>
        <translation>séparateur</translation>
    </message>
    <message>
        <location filename="../app/cli/export.cpp" line="126"/>
        <source>period</source>
        <translation>période</translation>
    </message>
    <message>
        <location filename="../app/cli/import.cpp" line="100"/>
        <source>FROM=STAGE</source>
        <translation>DE=ÉTAPE</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="49"/>
        <source>Usage: %1 COMMAND [options]</source>
        <translation>Utilisation : %1 COMMANDE [options]</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="50"/>
        <source>Works with Stageboard databases without a display.</source>
        <translation>Travaille sur les bases Stageboard sans affichage.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="51"/>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="61"/>
        <source>Every command but copy works on --database FILE or postgresql://user@host:port/database; &quot;%1 COMMAND --help&quot; shows a command&apos;s options.</source>
        <translation>Chaque commande sauf copy travaille sur --database FICHIER ou postgresql://utilisateur@hôte:port/base ; « %1 COMMANDE --help » montre les options d’une commande.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="65"/>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="69"/>
        <source>Exit status: 0 done, 1 failed, 2 bad input, 3 refused (a gate, a rule or bad rows).</source>
        <translation>Code de sortie : 0 fait, 1 échec, 2 entrée incorrecte, 3 refusé (une porte, une règle ou des lignes erronées).</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="79"/>
        <source>Usage: %1 %2 [options]</source>
        <translation>Utilisation : %1 %2 [options]</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="96"/>
        <source>%1: %2 See &quot;%3 %1 --help&quot;.</source>
        <translation>%1 : %2 Voir « %3 %1 --help ».</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="106"/>
        <source>%1: --database is required. See &quot;%2 %1 --help&quot;.</source>
        <translation>%1 : --database est requis. Voir « %2 %1 --help ».</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="140"/>
        <source>Give one command: %1. See --help.</source>
        <translation>Donnez une commande : %1. Voir --help.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="148"/>
        <source>Unknown command &quot;%1&quot;; use %2.</source>
        <translation>Commande inconnue « %1 » ; utilisez %2.</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="35"/>
        <location filename="../model/core/fieldrules.cpp" line="129"/>
        <location filename="../model/core/fieldrules.cpp" line="147"/>
        <source>is longer than %1 characters.</source>
        <translation>dépasse %1 caractères.</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="37"/>
        <source>contains control characters (such as line breaks or escape codes), which are not allowed.</source>
        <translation>contient des caractères de contrôle (comme des sauts de ligne ou des codes d’échappement), qui ne sont pas permis.</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="45"/>
        <source>is empty; every opportunity needs a title.</source>
        <translation>est vide ; chaque opportunité a besoin d’un titre.</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="52"/>
        <source>%1 is out of range (%2 to %3).</source>
        <translation>%1 est hors limites (%2 à %3).</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="65"/>
        <source>there is no month %1; months run from 1 to 12.</source>
        <translation>le mois %1 n’existe pas ; les mois vont de 1 à 12.</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="71"/>
        <source>there is no day %1; days start at 1.</source>
        <translation>le jour %1 n’existe pas ; les jours commencent à 1.</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="72"/>
        <source>%1 %2 has only %3 days.</source>
        <translation>%1 %2 n’a que %3 jours.</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="78"/>
        <source>%1 is negative; an amount must be zero or more.</source>
        <translation>%1 est négatif ; un montant doit être nul ou positif.</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="80"/>
        <source>%1 is too large; the largest amount is %2.</source>
        <translation>%1 est trop grand ; le plus grand montant est %2.</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="89"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="90"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="91"/>
        <source>Close date</source>
        <translation>Date de clôture</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="92"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="93"/>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="94"/>
        <source>Close reason</source>
        <translation>Raison de clôture</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="102"/>
        <source>Probability: %1 is not a percentage from 0 to 100.</source>
        <translation>Probabilité : %1 n’est pas un pourcentage de 0 à 100.</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="114"/>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>« %1 » n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="121"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="122"/>
        <source>is empty; every contact needs a name.</source>
        <translation>est vide ; chaque contact a besoin d’un nom.</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="124"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="125"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="126"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="127"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="142"/>
        <location filename="../model/core/fieldrules.cpp" line="144"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="142"/>
        <source>is empty; every activity needs one.</source>
        <translation>est vide ; chaque activité en a besoin.</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="146"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="151"/>
        <source>Duration: %1 minutes is not a length of time in a day.</source>
        <translation>Durée : %1 minutes ne tiennent pas dans une journée.</translation>
    </message>
    <message>
        <location filename="../model/core/money.cpp" line="54"/>
        <source>&quot;%1&quot; has more than two decimal places.</source>
        <translation>« %1 » a plus de deux décimales.</translation>
    </message>
    <message>
        <location filename="../model/core/money.cpp" line="58"/>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>« %1 » n’est pas un nombre.</translation>
    </message>
    <message>
        <location filename="../model/core/money.cpp" line="60"/>
        <source>&quot;%1&quot; is negative; an amount must be zero or more.</source>
        <translation>« %1 » est négatif ; un montant doit être nul ou positif.</translation>
    </message>
    <message>
        <location filename="../model/core/money.cpp" line="62"/>
        <source>&quot;%1&quot; is too large.</source>
        <translation>« %1 » est trop grand.</translation>
    </message>
    <message>
        <location filename="../model/core/money.cpp" line="176"/>
        <source>&quot;%1&quot; is not a date: %2</source>
        <translation>« %1 » n’est pas une date : %2</translation>
    </message>
    <message>
        <location filename="../model/core/money.cpp" line="178"/>
        <source>&quot;%1&quot; is not a date; use the form %2.</source>
        <translation>« %1 » n’est pas une date ; utilisez la forme %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/users.cpp" line="35"/>
        <source>Print the users as CSV.</source>
        <translation>Afficher les utilisateurs en CSV.</translation>
    </message>
    <message>
        <location filename="../app/cli/users.cpp" line="37"/>
        <source>Prints every user as CSV: name, role, login.</source>
        <translation>Affiche chaque utilisateur en CSV : name, role, login.</translation>
    </message>
    <message>
        <location filename="../app/cli/stakeholders.cpp" line="50"/>
        <source>stakeholder takes add or remove.</source>
        <translation>stakeholder prend add ou remove.</translation>
    </message>
    <message>
        <location filename="../app/cli/stakeholders.cpp" line="56"/>
        <source>stakeholder add needs --deal, --contact and --role.</source>
        <translation>stakeholder add demande --deal, --contact et --role.</translation>
    </message>
    <message>
        <location filename="../app/cli/stakeholders.cpp" line="57"/>
        <source>stakeholder remove needs --deal and --contact.</source>
        <translation>stakeholder remove demande --deal et --contact.</translation>
    </message>
    <message>
        <location filename="../app/cli/stakeholders.cpp" line="77"/>
        <source>Removed contact %1 from the buying group of &quot;%2&quot;.</source>
        <translation>Contact %1 retiré du groupe d’achat de « %2 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/stakeholders.cpp" line="95"/>
        <source>--role takes one of %1, not &quot;%2&quot;.</source>
        <translation>--role prend l’un de %1, pas « %2 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/stakeholders.cpp" line="115"/>
        <source>--stance takes supporter, neutral or opponent, not &quot;%1&quot;.</source>
        <translation>--stance prend supporter, neutral ou opponent, pas « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/stakeholders.cpp" line="125"/>
        <source>--influence takes low, medium or high, not &quot;%1&quot;.</source>
        <translation>--influence prend low, medium ou high, pas « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/stakeholders.cpp" line="142"/>
        <source>Contact %1 is %2 on &quot;%3&quot;.</source>
        <translation>Le contact %1 est %2 sur « %3 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/stakeholders.cpp" line="152"/>
        <source>Print a deal&apos;s buying group as CSV.</source>
        <translation>Afficher le groupe d’achat d’une affaire en CSV.</translation>
    </message>
    <message>
        <location filename="../app/cli/stakeholders.cpp" line="153"/>
        <source>Prints the stakeholders of --deal as CSV: contact_id, contact, role, stance, influence, reports_to (a contact id).</source>
        <translation>Affiche les parties prenantes de --deal en CSV : contact_id, contact, role, stance, influence, reports_to (un identifiant de contact).</translation>
    </message>
    <message>
        <location filename="../app/cli/stakeholders.cpp" line="167"/>
        <source>Add a contact to a deal&apos;s buying group, or take one out.</source>
        <translation>Ajouter un contact au groupe d’achat d’une affaire, ou l’en retirer.</translation>
    </message>
    <message>
        <location filename="../app/cli/stakeholders.cpp" line="169"/>
        <source>add makes --contact a stakeholder of --deal in buying role --role (its key, such as champion or decision_maker, or its name), or changes the role, stance and influence of one who is; remove takes them out.</source>
        <translation>add fait de --contact une partie prenante de --deal dans le rôle d’achat --role (sa clé, comme champion ou decision_maker, ou son nom), ou change le rôle, la position et l’influence d’une partie prenante ; remove la retire.</translation>
    </message>
    <message>
        <location filename="../app/cli/stakeholders.cpp" line="173"/>
        <source>add or remove</source>
        <translation>add ou remove</translation>
    </message>
    <message>
        <location filename="../app/cli/stakeholders.cpp" line="178"/>
        <source>add: the buying role.</source>
        <translation>add : le rôle d’achat.</translation>
    </message>
    <message>
        <location filename="../app/cli/stakeholders.cpp" line="178"/>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <location filename="../app/cli/stakeholders.cpp" line="180"/>
        <source>add: supporter, neutral or opponent.</source>
        <translation>add : supporter, neutral ou opponent.</translation>
    </message>
    <message>
        <location filename="../app/cli/stakeholders.cpp" line="180"/>
        <source>stance</source>
        <translation>position</translation>
    </message>
    <message>
        <location filename="../app/cli/stakeholders.cpp" line="182"/>
        <source>add: low, medium or high.</source>
        <translation>add : low, medium ou high.</translation>
    </message>
    <message>
        <location filename="../app/cli/stakeholders.cpp" line="182"/>
        <source>influence</source>
        <translation>influence</translation>
    </message>
    <message>
        <location filename="../app/cli/stakeholders.cpp" line="184"/>
        <source>add: the contact id of the stakeholder they report to.</source>
        <translation>add : l’identifiant du contact à qui ils rendent compte.</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="157"/>
        <source>%1 needs --as: the user it is for.</source>
        <translation>%1 nécessite --as : la personne concernée.</translation>
    </message>
    <message>
        <location filename="../app/cli/signoffs.cpp" line="18"/>
        <source>signoff needs one of --approve and --reject.</source>
        <translation>signoff nécessite --approve ou --reject.</translation>
    </message>
    <message>
        <location filename="../app/cli/signoffs.cpp" line="22"/>
        <source>signoff --reject needs --comment: why, for the rep to act on.</source>
        <translation>signoff --reject nécessite --comment : pourquoi, pour que le commercial puisse agir.</translation>
    </message>
    <message>
        <location filename="../app/cli/signoffs.cpp" line="27"/>
        <source>signoff needs --criterion: the text of the criterion to sign off.</source>
        <translation>signoff nécessite --criterion : le texte du critère à valider.</translation>
    </message>
    <message>
        <location filename="../app/cli/signoffs.cpp" line="51"/>
        <source>&quot;%1&quot; is in %2, which has no criterion to sign off.</source>
        <translation>« %1 » est en %2, qui n’a aucun critère à valider.</translation>
    </message>
    <message>
        <location filename="../app/cli/signoffs.cpp" line="53"/>
        <source>%1 has no sign-off &quot;%2&quot;; its sign-offs are: %3.</source>
        <translation>%1 n’a pas de validation « %2 » ; ses validations sont : %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/signoffs.cpp" line="66"/>
        <source>%1 signed off &quot;%2&quot; on &quot;%3&quot;.</source>
        <translation>%1 a validé « %2 » pour « %3 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/signoffs.cpp" line="66"/>
        <source>%1 rejected &quot;%2&quot; on &quot;%3&quot;.</source>
        <translation>%1 a refusé « %2 » pour « %3 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/signoffs.cpp" line="159"/>
        <source>Sign off a criterion of a deal, or reject it.</source>
        <translation>Valider un critère d’une affaire, ou le refuser.</translation>
    </message>
    <message>
        <location filename="../app/cli/signoffs.cpp" line="162"/>
        <source>Approves (--approve) or rejects (--reject, with a --comment saying why) the sign-off --criterion (its text) of the deal&apos;s current stage, as --as. Refused (exit 3) when that user is not a member of the role that signs it off, nor a manager.</source>
        <translation>Valide (--approve) ou refuse (--reject, avec un --comment disant pourquoi) la validation --criterion (son texte) de l’étape actuelle de l’affaire, en tant que --as. Refusé (code 3) si cette personne n’est ni membre du rôle qui la valide, ni manager.</translation>
    </message>
    <message>
        <location filename="../app/cli/signoffs.cpp" line="169"/>
        <source>The text of the criterion.</source>
        <translation>Le texte du critère.</translation>
    </message>
    <message>
        <location filename="../app/cli/signoffs.cpp" line="170"/>
        <source>Sign it off.</source>
        <translation>Le valider.</translation>
    </message>
    <message>
        <location filename="../app/cli/signoffs.cpp" line="171"/>
        <source>Reject it.</source>
        <translation>Le refuser.</translation>
    </message>
    <message>
        <location filename="../app/cli/signoffs.cpp" line="172"/>
        <source>Why, for the rep.</source>
        <translation>Pourquoi, pour le commercial.</translation>
    </message>
    <message>
        <location filename="../app/cli/signoffs.cpp" line="183"/>
        <source>Print what waits on a user (sign-offs, stages their roles own) as CSV.</source>
        <translation>Affiche ce qui attend un utilisateur (validations, étapes de ses rôles) en CSV.</translation>
    </message>
    <message>
        <location filename="../app/cli/signoffs.cpp" line="185"/>
        <source>Prints the deals whose current stage asks --as, as a member of one of their roles, for a sign-off not given yet, and the deals in the stages their roles own (an empty criterion), longest waiting first: deal_id, title, stage, criterion, role, waiting_days.</source>
        <translation>Affiche les affaires dont l’étape actuelle demande à --as, en tant que membre d’un de ses rôles, une validation pas encore donnée, et les affaires des étapes dont ses rôles sont responsables (critère vide), les plus anciennes d’abord : deal_id, title, stage, criterion, role, waiting_days.</translation>
    </message>
    <message>
        <source>Print the sign-offs waiting on a user as CSV.</source>
        <translation type="vanished">Afficher en CSV les validations qui attendent une personne.</translation>
    </message>
    <message>
        <source>Prints the deals whose current stage asks --as, as a member of one of their roles, for a sign-off not given yet, longest waiting first: deal_id, title, stage, criterion, role, waiting_days.</source>
        <translation type="vanished">Affiche les affaires dont l’étape actuelle demande à --as, membre d’un de ses rôles, une validation pas encore donnée, la plus ancienne d’abord : deal_id, title, stage, criterion, role, waiting_days.</translation>
    </message>
    <message>
        <location filename="../app/cli/signoffs.cpp" line="201"/>
        <source>Print the sign-off log as CSV.</source>
        <translation>Afficher le journal des validations en CSV.</translation>
    </message>
    <message>
        <location filename="../app/cli/signoffs.cpp" line="204"/>
        <source>Prints every decision on a sign-off (approved, rejected, withdrawn, or re-opened by a change to a field it vouched for), of every deal or of --deal, oldest first.</source>
        <translation>Affiche chaque décision sur une validation (accordée, refusée, retirée, ou rouverte par la modification d’un champ qu’elle garantissait), de toutes les affaires ou de --deal, la plus ancienne d’abord.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviews.cpp" line="94"/>
        <source>review takes one action, done.</source>
        <translation>review prend une action : done.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviews.cpp" line="99"/>
        <source>review done needs --lesson: what the team learns from the deal.</source>
        <translation>review done exige --lesson : ce que l’équipe apprend de l’affaire.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviews.cpp" line="114"/>
        <source>%1 is not a manager: only a manager or an admin reviews a closed deal.</source>
        <translation>%1 n’est pas manager : seul un manager ou un administrateur revoit une affaire clôturée.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviews.cpp" line="125"/>
        <source>&quot;%1&quot; was never closed in Stageboard, so there is nothing to review.</source>
        <translation>« %1 » n’a jamais été clôturée dans Stageboard ; il n’y a rien à revoir.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviews.cpp" line="136"/>
        <source>%1 reviewed &quot;%2&quot;.</source>
        <translation>%1 a revu « %2 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/reviews.cpp" line="165"/>
        <source>winloss needs --by, one of: %1.</source>
        <translation>winloss exige --by, parmi : %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviews.cpp" line="185"/>
        <source>--to is before --from.</source>
        <translation>--to est avant --from.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviews.cpp" line="217"/>
        <source>Print win/loss figures as CSV, by reason, competitor, stage and more.</source>
        <translation>Afficher les chiffres gagnées/perdues en CSV, par raison, concurrent, étape et plus.</translation>
    </message>
    <message>
        <source>Prints the deals won and lost (disqualified ones left out, as in the win rate), closing from --from to --to (months, YYYY-MM; both optional), grouped by --by: reason, competitor (every competitor a deal named or was lost to), stage (the stage it left when it closed), industry, territory, rep or size (bands of the amount): key, won, lost, win_rate (0 to 1), won_amount, lost_amount (as stored, whatever the currency), avg_cycle_days (creation to close).</source>
        <translation type="vanished">Affiche les affaires gagnées et perdues (les disqualifiées exclues, comme dans le taux de gain) clôturées de --from à --to (mois, AAAA-MM ; tous deux facultatifs), groupées par --by : reason (raison), competitor (chaque concurrent qu’une affaire citait ou face auquel elle a été perdue), stage (l’étape quittée à la clôture), industry, territory, rep ou size (tranches de montant) : key, won, lost, win_rate (0 à 1), won_amount, lost_amount (tels qu’enregistrés, quelle que soit la devise), avg_cycle_days (de la création à la clôture).</translation>
    </message>
    <message>
        <source>reason, competitor, stage, industry, territory, rep or size.</source>
        <translation type="vanished">reason, competitor, stage, industry, territory, rep ou size.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviews.cpp" line="219"/>
        <source>Prints the deals won and lost (disqualified ones left out, as in the win rate), closing from --from to --to (months, YYYY-MM; both optional), grouped by --by: reason, competitor (every competitor a deal named or was lost to), stage (the stage it left when it closed), industry, territory, rep, size (bands of the amount) or quarter of the close date: key, won, lost, win_rate (0 to 1), won_amount, lost_amount (in the reporting currency; deals whose currency has no exchange rate are left out of the amounts), avg_cycle_days (creation to close).</source>
        <translation>Affiche les affaires gagnées et perdues (sans les disqualifiées, comme pour le taux de réussite) dont la clôture va de --from à --to (mois, AAAA-MM ; tous deux facultatifs), regroupées selon --by : reason (raison), competitor (chaque concurrent cité par une affaire ou qui l’a remportée), stage (l’étape quittée à la clôture), industry (secteur), territory (territoire), rep (commercial), size (tranches de montant) ou quarter (trimestre de la date de clôture) : key, won, lost, win_rate (0 à 1), won_amount, lost_amount (dans la devise de référence ; les affaires dans une devise sans taux de change sont exclues des montants), avg_cycle_days (de la création à la clôture).</translation>
    </message>
    <message>
        <location filename="../app/cli/reviews.cpp" line="231"/>
        <source>reason, competitor, stage, industry, territory, rep, size or quarter.</source>
        <translation>reason, competitor, stage, industry, territory, rep, size ou quarter.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviews.cpp" line="232"/>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <location filename="../app/cli/reviews.cpp" line="234"/>
        <source>The first month of close dates (YYYY-MM).</source>
        <translation>Le premier mois des dates de clôture (AAAA-MM).</translation>
    </message>
    <message>
        <location filename="../app/cli/reviews.cpp" line="236"/>
        <source>The last month of close dates (YYYY-MM).</source>
        <translation>Le dernier mois des dates de clôture (AAAA-MM).</translation>
    </message>
    <message>
        <location filename="../app/cli/reviews.cpp" line="246"/>
        <source>Print the closed deals and their reviews as CSV.</source>
        <translation>Afficher les affaires clôturées et leurs revues en CSV.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviews.cpp" line="249"/>
        <source>Prints every close made in Stageboard, oldest first: the deal, won, lost or disqualified, the reasons, the competitor it was lost to, notes, who closed it and when, its status (pending, reviewed, or reopened when the deal left that stage unreviewed) and the review. --pending keeps the closes awaiting review.</source>
        <translation>Affiche chaque clôture faite dans Stageboard, la plus ancienne d’abord : l’affaire, gagnée, perdue ou disqualifiée, les raisons, le concurrent qui l’a emportée, les notes, qui l’a clôturée et quand, son statut (pending, reviewed, ou reopened quand l’affaire a quitté cette étape sans revue) et la revue. --pending garde les clôtures en attente de revue.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviews.cpp" line="255"/>
        <source>Only the closes awaiting review.</source>
        <translation>Seulement les clôtures en attente de revue.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviews.cpp" line="265"/>
        <source>Review a closed deal: write the lesson learned.</source>
        <translation>Revoir une affaire clôturée : écrire la leçon apprise.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviews.cpp" line="268"/>
        <source>done marks the latest close of --deal reviewed by --as, a manager or an admin, with the --lesson learned and, optionally, the change to the process it suggests (--suggestion). Reviewing it again replaces the review.</source>
        <translation>done marque la dernière clôture de --deal comme revue par --as, un manager ou un administrateur, avec la leçon (--lesson) et, au choix, le changement du processus qu’elle suggère (--suggestion). Une nouvelle revue remplace la précédente.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviews.cpp" line="272"/>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../app/cli/reviews.cpp" line="276"/>
        <source>What the team learns from the deal.</source>
        <translation>Ce que l’équipe apprend de l’affaire.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviews.cpp" line="278"/>
        <source>A change to the process the lesson suggests.</source>
        <translation>Un changement du processus que suggère la leçon.</translation>
    </message>
    <message>
        <location filename="../app/cli/coaching.cpp" line="63"/>
        <source>Print the coaching grid as CSV: each rep&apos;s open deals per stage.</source>
        <translation>Afficher la grille de coaching en CSV : les affaires ouvertes de chaque commercial par étape.</translation>
    </message>
    <message>
        <location filename="../app/cli/coaching.cpp" line="66"/>
        <source>Prints a row for every rep and open stage holding deals of theirs, by rep and stage: rep, stage, deals, activity_completion (the stage&apos;s recommended activities ticked on those deals, 0 to 1; empty when the stage recommends none), stalled (past the stage&apos;s age limit), overrides (let into the stage past its gate by a manager), median_days (days in the stage so far) and team_median_days (the same over every rep&apos;s deals in the stage).</source>
        <translation>Affiche une ligne par commercial et par étape ouverte où il a des affaires, par commercial et étape : rep, stage, deals, activity_completion (les activités recommandées de l’étape cochées sur ces affaires, de 0 à 1 ; vide si l’étape n’en recommande aucune), stalled (au-delà de la limite d’âge de l’étape), overrides (admises dans l’étape malgré son passage par un manager), median_days (jours passés dans l’étape) et team_median_days (la même chose pour les affaires de tous les commerciaux dans l’étape).</translation>
    </message>
    <message>
        <location filename="../app/cli/territories.cpp" line="54"/>
        <source>Print the territories as CSV, with their accounts and those overdue for contact.</source>
        <translation>Afficher les territoires en CSV, avec leurs comptes et ceux en retard de contact.</translation>
    </message>
    <message>
        <location filename="../app/cli/territories.cpp" line="57"/>
        <source>Prints a row for every territory, parents before the territories in them: territory, owner, accounts and overdue (the accounts not in touch within their tier&apos;s interval: A every %1 days, B %2, C %3 unless the admin set others; a region counts its territories&apos;). The accounts in no territory come last, with the territory empty. With --coverage, a row for every overdue account instead, the longest overdue first: account, territory, tier, last_contact (UTC), due_by (UTC) and overdue_days; an account never contacted has the last three empty and comes first.</source>
        <translation>Affiche une ligne par territoire, les parents avant les territoires qu’ils contiennent : territory, owner, accounts et overdue (les comptes sans contact dans l’intervalle de leur niveau : A tous les %1 jours, B %2, C %3 sauf si l’admin en a fixé d’autres ; une région compte ceux de ses territoires). Les comptes sans territoire viennent en dernier, le territoire vide. Avec --coverage, une ligne par compte en retard à la place, le plus en retard d’abord : account, territory, tier, last_contact (UTC), due_by (UTC) et overdue_days ; un compte jamais contacté a les trois derniers vides et vient en premier.</translation>
    </message>
    <message>
        <location filename="../app/cli/territories.cpp" line="71"/>
        <source>Print the accounts overdue for contact instead.</source>
        <translation>Afficher plutôt les comptes en retard de contact.</translation>
    </message>
</context>
<context>
    <name>Stageboard::AccountDialog</name>
    <message>
        <location filename="../ui/accountdialog.cpp" line="41"/>
        <source>Account — %1</source>
        <translation>Compte — %1</translation>
    </message>
    <message>
        <location filename="../ui/accountdialog.cpp" line="41"/>
        <source>New Account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <location filename="../ui/accountdialog.cpp" line="48"/>
        <source>(no territory)</source>
        <translation>(aucun territoire)</translation>
    </message>
    <message>
        <location filename="../ui/accountdialog.cpp" line="54"/>
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <location filename="../ui/accountdialog.cpp" line="67"/>
        <source>No tier (no contact target)</source>
        <translation>Aucun niveau (pas d’objectif de contact)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/accountdialog.cpp" line="70"/>
        <source>%1 — in touch every %n day(s)</source>
        <translation>
            <numerusform>%1 — contact tous les %n jour</numerusform>
            <numerusform>%1 — contact tous les %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/accountdialog.cpp" line="74"/>
        <source>How much attention the account deserves: the coverage view lists it as overdue when nobody has been in touch for longer than its tier&apos;s interval.</source>
        <translation>L’attention que mérite le compte : la couverture le signale en retard quand personne ne l’a contacté depuis plus longtemps que l’intervalle de son niveau.</translation>
    </message>
    <message>
        <location filename="../ui/accountdialog.cpp" line="86"/>
        <source>What the account could be worth beyond its pipeline, in the reporting currency (%1); the territory view ranks by it with the open weighted pipeline and the wins of the last 12 months.</source>
        <translation>Ce que le compte pourrait valoir au-delà de son pipeline, dans la devise de reporting (%1) ; la vue du territoire classe par ce montant, avec le pipeline ouvert pondéré et les gains des 12 derniers mois.</translation>
    </message>
    <message>
        <location filename="../ui/accountdialog.cpp" line="99"/>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../ui/accountdialog.cpp" line="104"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../ui/accountdialog.cpp" line="105"/>
        <source>&amp;Industry:</source>
        <translation>&amp;Secteur :</translation>
    </message>
    <message>
        <location filename="../ui/accountdialog.cpp" line="106"/>
        <source>&amp;Territory:</source>
        <translation>&amp;Territoire :</translation>
    </message>
    <message>
        <location filename="../ui/accountdialog.cpp" line="107"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <location filename="../ui/accountdialog.cpp" line="114"/>
        <source>Attention &amp;tier:</source>
        <translation>&amp;Niveau d’attention :</translation>
    </message>
    <message>
        <location filename="../ui/accountdialog.cpp" line="118"/>
        <source>&amp;Potential:</source>
        <translation>&amp;Potentiel :</translation>
    </message>
    <message>
        <location filename="../ui/accountdialog.cpp" line="121"/>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <location filename="../ui/accountdialog.cpp" line="122"/>
        <source>&amp;Employees:</source>
        <translation>&amp;Effectif :</translation>
    </message>
    <message>
        <location filename="../ui/accountdialog.cpp" line="149"/>
        <source>its value suggests %1</source>
        <translation>sa valeur suggère %1</translation>
    </message>
    <message>
        <location filename="../ui/accountdialog.cpp" line="150"/>
        <source>The top fifth of the accounts by value (open weighted + won in the last 12 months + potential) A, the next three tenths B, the rest C.</source>
        <translation>Le premier cinquième des comptes par valeur (ouvert pondéré + gagné sur 12 mois + potentiel) A, les trois dixièmes suivants B, le reste C.</translation>
    </message>
    <message>
        <location filename="../ui/accountdialog.cpp" line="183"/>
        <source>Potential: %1</source>
        <translation>Potentiel : %1</translation>
    </message>
    <message>
        <location filename="../ui/accountdialog.cpp" line="188"/>
        <source>Potential: an account&apos;s potential cannot be below zero.</source>
        <translation>Potentiel : le potentiel d’un compte ne peut pas être négatif.</translation>
    </message>
    <message>
        <location filename="../ui/accountdialog.cpp" line="206"/>
        <source>There is an account named “%1” already.</source>
        <translation>Il existe déjà un compte nommé « %1 ».</translation>
    </message>
</context>
<context>
    <name>Stageboard::AccountListModel</name>
    <message>
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="230"/>
        <source>Country: %1</source>
        <translation>Pays : %1</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="232"/>
        <source>Employees: %L1</source>
        <translation>Effectif : %L1</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="234"/>
        <source>Potential: %1</source>
        <translation>Potentiel : %1</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="238"/>
        <source>Open weighted %1 + won in 12 months %2 + potential %3</source>
        <translation>Ouvert pondéré %1 + gagné sur 12 mois %2 + potentiel %3</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="244"/>
        <source>Its value suggests tier %1.</source>
        <translation>Sa valeur suggère le niveau %1.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="249"/>
        <source>%1: its time has passed and it is not done yet.</source>
        <translation>%1 : son heure est passée et elle n’est pas encore faite.</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="259"/>
        <source>Never contacted (tier %1: every %n day(s)).</source>
        <translation>
            <numerusform>Jamais contacté (niveau %1 : tous les %n jour).</numerusform>
            <numerusform>Jamais contacté (niveau %1 : tous les %n jours).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="263"/>
        <source>Overdue for contact since %1 (tier %2: every %n day(s)).</source>
        <translation>
            <numerusform>Contact en retard depuis le %1 (niveau %2 : tous les %n jour).</numerusform>
            <numerusform>Contact en retard depuis le %1 (niveau %2 : tous les %n jours).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="265"/>
        <source>Due for contact by %1 (tier %2: every %n day(s)).</source>
        <translation>
            <numerusform>Contact à faire d’ici le %1 (niveau %2 : tous les %n jour).</numerusform>
            <numerusform>Contact à faire d’ici le %1 (niveau %2 : tous les %n jours).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="272"/>
        <source>%n open deal(s) in a currency without an exchange rate are left out.</source>
        <translation>
            <numerusform>%n affaire ouverte dans une devise sans taux de change est laissée de côté.</numerusform>
            <numerusform>%n affaires ouvertes dans une devise sans taux de change sont laissées de côté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="275"/>
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n affaire ouverte</numerusform>
            <numerusform>%n affaires ouvertes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="319"/>
        <source>How much attention the account deserves: A the most.</source>
        <translation>L’attention que mérite le compte : A le plus.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="321"/>
        <source>The open deals&apos; amounts, in the reporting currency.</source>
        <translation>Les montants des affaires ouvertes, dans la devise de reporting.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="323"/>
        <source>Each open deal&apos;s amount times its probability.</source>
        <translation>Le montant de chaque affaire ouverte multiplié par sa probabilité.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="325"/>
        <source>Won in the last 12 months.</source>
        <translation>Gagné dans les 12 derniers mois.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="327"/>
        <source>What the account is worth to us: open weighted + won in the last 12 months + its potential.</source>
        <translation>Ce que le compte vaut pour nous : ouvert pondéré + gagné sur les 12 derniers mois + son potentiel.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="331"/>
        <source>On the account&apos;s deals or with its people.</source>
        <translation>Sur les affaires du compte ou avec ses personnes.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="340"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="342"/>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="344"/>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="346"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="348"/>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="350"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="354"/>
        <source>Won (12 mo.)</source>
        <translation>Gagné (12 m)</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="356"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation type="vanished">Pipeline ouvert</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="352"/>
        <source>Weighted</source>
        <translation>Pondéré</translation>
    </message>
    <message>
        <source>Won (12 months)</source>
        <translation type="vanished">Gagné (12 mois)</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="358"/>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="360"/>
        <source>Next activity</source>
        <translation>Prochaine activité</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="362"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
</context>
<context>
    <name>Stageboard::AccountsView</name>
    <message>
        <location filename="../ui/accountsview.cpp" line="70"/>
        <source>&amp;New Account…</source>
        <translation>&amp;Nouveau compte…</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="72"/>
        <source>Add a company you sell to</source>
        <translation>Ajouter une entreprise à qui vous vendez</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="74"/>
        <source>E&amp;xport Accounts…</source>
        <translation>E&amp;xporter les comptes…</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="76"/>
        <source>The accounts the list shows, with their figures, as CSV</source>
        <translation>Les comptes que la liste affiche, avec leurs chiffres, en CSV</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="78"/>
        <source>Schedule &amp;Call…</source>
        <translation>Planifier un &amp;appel…</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="80"/>
        <source>Plan a call with someone at the selected account</source>
        <translation>Planifier un appel avec quelqu’un du compte sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="82"/>
        <source>&amp;Show All Accounts</source>
        <translation>&amp;Afficher tous les comptes</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="95"/>
        <source>Search name, industry, territory, owner or country</source>
        <translation>Chercher nom, secteur, territoire, responsable ou pays</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="97"/>
        <source>Search accounts</source>
        <translation>Chercher des comptes</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="110"/>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="111"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="112"/>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="113"/>
        <source>All tiers</source>
        <translation>Tous les niveaux</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="115"/>
        <source>Tier %1</source>
        <translation>Niveau %1</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="116"/>
        <source>No tier</source>
        <translation>Aucun niveau</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="117"/>
        <source>&amp;Overdue for contact</source>
        <translation>Contact en &amp;retard</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="119"/>
        <source>Only the accounts nobody has been in touch with within their tier&apos;s interval</source>
        <translation>Seulement les comptes que personne n’a contactés dans l’intervalle de leur niveau</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/accountsview.cpp" line="125"/>
        <location filename="../ui/accountsview.cpp" line="406"/>
        <source>%1 of %n account(s)</source>
        <translation>
            <numerusform>%1 sur %n compte</numerusform>
            <numerusform>%1 sur %n comptes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="141"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="146"/>
        <source>&amp;Edit Account…</source>
        <translation>&amp;Modifier le compte…</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="333"/>
        <source>All territories</source>
        <translation>Tous les territoires</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="334"/>
        <source>Anyone&apos;s</source>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="336"/>
        <source>No territory</source>
        <translation>Aucun territoire</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="345"/>
        <source>Mine (%1)</source>
        <translation>Les miens (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/accountsview.cpp" line="404"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n compte</numerusform>
            <numerusform>%n comptes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="418"/>
        <source>No accounts yet</source>
        <translation>Aucun compte pour l’instant</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="419"/>
        <source>Add the companies you sell to with New Account…; accounts are also made as deals and contacts are imported.</source>
        <translation>Ajoutez les entreprises à qui vous vendez avec Nouveau compte… ; des comptes sont aussi créés à l’import d’affaires et de contacts.</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="427"/>
        <source>No account matches these filters</source>
        <translation>Aucun compte ne correspond à ces filtres</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="428"/>
        <source>No account matches “%1”</source>
        <translation>Aucun compte ne correspond à « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="429"/>
        <source>Try fewer words or another territory, owner or tier; Show All Accounts clears them all.</source>
        <translation>Essayez moins de mots ou un autre territoire, responsable ou niveau ; Afficher tous les comptes les efface tous.</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="431"/>
        <source>Look for part of a name, industry, territory, owner or country.</source>
        <translation>Cherchez une partie d’un nom, d’un secteur, d’un territoire, d’un responsable ou d’un pays.</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="497"/>
        <source>Schedule Call</source>
        <translation>Planifier un appel</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="498"/>
        <source>Nobody at %1 to call yet. Add a contact there first (Contacts ▸ New Contact…); a call is planned with a person, so that it counts as the account&apos;s contact.</source>
        <translation>Personne à appeler chez %1 pour l’instant. Ajoutez d’abord un contact (Contacts ▸ Nouveau contact…) ; un appel se planifie avec une personne, pour compter comme contact du compte.</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="505"/>
        <source>Call %1 (%2)</source>
        <translation>Appeler %1 (%2)</translation>
    </message>
    <message>
        <source>No account matches</source>
        <translation type="vanished">Aucun compte ne correspond</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n account(s) is in this territory, owner and tier with these words.</source>
        <translation type="vanished">
            <numerusform>Le %n compte n’est pas dans ce territoire, ce responsable et ce niveau avec ces mots.</numerusform>
            <numerusform>Aucun des %n comptes n’est dans ce territoire, ce responsable et ce niveau avec ces mots.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="454"/>
        <source>The account %1 does not exist any more.</source>
        <translation>Le compte %1 n’existe plus.</translation>
    </message>
</context>
<context>
    <name>Stageboard::ActivityFlow</name>
    <message>
        <location filename="../ui/activityflow.cpp" line="130"/>
        <source>&quot;%1&quot; is done.</source>
        <translation>« %1 » est fait.</translation>
    </message>
    <message>
        <location filename="../ui/activityflow.cpp" line="132"/>
        <source>It ticked &quot;%1&quot; on the opportunity.</source>
        <translation>Cela a coché « %1 » sur l’opportunité.</translation>
    </message>
    <message>
        <location filename="../ui/activityflow.cpp" line="133"/>
        <source>Plan the Next Activity</source>
        <translation>Planifier l’activité suivante</translation>
    </message>
    <message>
        <location filename="../ui/activityflow.cpp" line="135"/>
        <source>Plan the next activity for &quot;%1&quot;?</source>
        <translation>Planifier l’activité suivante pour « %1 » ?</translation>
    </message>
    <message>
        <location filename="../ui/activityflow.cpp" line="137"/>
        <source>&amp;Plan Next…</source>
        <translation>&amp;Planifier la suivante…</translation>
    </message>
    <message>
        <location filename="../ui/activityflow.cpp" line="138"/>
        <source>&amp;Not Now</source>
        <translation>Pas mainte&amp;nant</translation>
    </message>
</context>
<context>
    <name>Stageboard::ActivityReminders</name>
    <message>
        <location filename="../ui/activityreminders.cpp" line="68"/>
        <source>%1 at %2: %3</source>
        <translation>%1 à %2 : %3</translation>
    </message>
    <message>
        <location filename="../ui/activityreminders.cpp" line="70"/>
        <source>About &quot;%1&quot; (%2).</source>
        <translation>À propos de « %1 » (%2).</translation>
    </message>
</context>
<context>
    <name>Stageboard::AgendaModel</name>
    <message>
        <location filename="../model/itemmodels/agendamodel.cpp" line="105"/>
        <source>Choose an activity to mark done.</source>
        <translation>Choisissez une activité à marquer comme faite.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/agendamodel.cpp" line="157"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/agendamodel.cpp" line="159"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/agendamodel.cpp" line="161"/>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/agendamodel.cpp" line="163"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/agendamodel.cpp" line="177"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/agendamodel.cpp" line="179"/>
        <source>%1: %n activity(ies)</source>
        <translation>
            <numerusform>%1 : %n activité</numerusform>
            <numerusform>%1 : %n activités</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/itemmodels/agendamodel.cpp" line="194"/>
        <source>Tick to mark it done.</source>
        <translation>Cochez quand c’est fait.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/agendamodel.cpp" line="203"/>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/agendamodel.cpp" line="215"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/agendamodel.cpp" line="260"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/agendamodel.cpp" line="262"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/agendamodel.cpp" line="264"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/agendamodel.cpp" line="266"/>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
</context>
<context>
    <name>Stageboard::AgendaView</name>
    <message>
        <location filename="../ui/agendaview.cpp" line="37"/>
        <source>&amp;Plan Activity…</source>
        <translation>&amp;Planifier une activité…</translation>
    </message>
    <message>
        <location filename="../ui/agendaview.cpp" line="41"/>
        <source>Tick an activity to mark it done; double-click it to open its opportunity.</source>
        <translation>Cochez une activité faite ; un double-clic ouvre son opportunité.</translation>
    </message>
    <message>
        <location filename="../ui/agendaview.cpp" line="48"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../ui/agendaview.cpp" line="57"/>
        <source>Nothing planned for you. Plan the next call, meeting, task or email with Plan Activity…, or from an opportunity.</source>
        <translation>Rien de prévu pour vous. Planifiez le prochain appel, rendez-vous, tâche ou e-mail avec « Planifier une activité… », ou depuis une opportunité.</translation>
    </message>
    <message>
        <location filename="../ui/agendaview.cpp" line="73"/>
        <source>Debriefs to review</source>
        <translation>Débriefings à relire</translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="vanished">Appel</translation>
    </message>
    <message>
        <location filename="../ui/agendaview.cpp" line="78"/>
        <location filename="../ui/agendaview.cpp" line="108"/>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <location filename="../ui/agendaview.cpp" line="78"/>
        <source>Debriefed by</source>
        <translation>Débriefé par</translation>
    </message>
    <message>
        <location filename="../ui/agendaview.cpp" line="78"/>
        <source>Asked</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <location filename="../ui/agendaview.cpp" line="78"/>
        <source>Call or meeting</source>
        <translation>Appel ou réunion</translation>
    </message>
    <message>
        <location filename="../ui/agendaview.cpp" line="84"/>
        <source>&amp;Review…</source>
        <translation>&amp;Relire…</translation>
    </message>
    <message>
        <location filename="../ui/agendaview.cpp" line="104"/>
        <source>Coaching notes for you</source>
        <translation>Notes de coaching pour vous</translation>
    </message>
    <message>
        <location filename="../ui/agendaview.cpp" line="108"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../ui/agendaview.cpp" line="108"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../ui/agendaview.cpp" line="108"/>
        <source>Follow up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../ui/agendaview.cpp" line="117"/>
        <source>&amp;Mark Read</source>
        <translation>&amp;Marquer comme lue</translation>
    </message>
    <message>
        <location filename="../ui/agendaview.cpp" line="235"/>
        <source>Coaching notes for you (%1)</source>
        <translation>Notes de coaching pour vous (%1)</translation>
    </message>
    <message>
        <location filename="../ui/agendaview.cpp" line="236"/>
        <source>Coaching notes for you: none unread.</source>
        <translation>Notes de coaching pour vous : aucune non lue.</translation>
    </message>
    <message>
        <location filename="../ui/agendaview.cpp" line="284"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/agendaview.cpp" line="293"/>
        <source>Debriefs to review (%1)</source>
        <translation>Débriefings à relire (%1)</translation>
    </message>
    <message>
        <location filename="../ui/agendaview.cpp" line="294"/>
        <source>Debriefs to review: none waits for your feedback.</source>
        <translation>Débriefings à relire : aucun n’attend votre retour.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is done.</source>
        <translation type="vanished">« %1 » est fait.</translation>
    </message>
    <message>
        <source>It ticked &quot;%1&quot; on the opportunity.</source>
        <translation type="vanished">Cela a coché « %1 » sur l’opportunité.</translation>
    </message>
    <message>
        <source>Plan the Next Activity</source>
        <translation type="vanished">Planifier la prochaine activité</translation>
    </message>
    <message>
        <source>Plan the next activity for &quot;%1&quot;?</source>
        <translation type="vanished">Planifier la prochaine activité pour « %1 » ?</translation>
    </message>
    <message>
        <source>&amp;Plan Next…</source>
        <translation type="vanished">&amp;Planifier la suivante…</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation type="vanished">Pas &amp;maintenant</translation>
    </message>
</context>
<context>
    <name>Stageboard::BoardModel</name>
    <message>
        <location filename="../model/itemmodels/boardmodel.cpp" line="94"/>
        <source>close date</source>
        <translation>date de conclusion</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/boardmodel.cpp" line="96"/>
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/boardmodel.cpp" line="98"/>
        <source>days in stage</source>
        <translation>jours dans l’étape</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/boardmodel.cpp" line="100"/>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/boardmodel.cpp" line="328"/>
        <source>no next activity scheduled</source>
        <translation>aucune prochaine activité prévue</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/boardmodel.cpp" line="330"/>
        <source>next activity overdue since %1</source>
        <translation>prochaine activité en retard depuis le %1</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/boardmodel.cpp" line="332"/>
        <source>next activity today at %1</source>
        <translation>prochaine activité aujourd’hui à %1</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/boardmodel.cpp" line="334"/>
        <source>next activity %1</source>
        <translation>prochaine activité le %1</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/boardmodel.cpp" line="368"/>
        <source>Next step: %1</source>
        <translation>Prochaine étape : %1</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/boardmodel.cpp" line="375"/>
        <source>Required exit criteria of %1 are not all met yet.</source>
        <translation>Les critères de sortie obligatoires de %1 ne sont pas encore tous remplis.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/boardmodel.cpp" line="377"/>
        <source>Disqualified: lost before it reached qualification.</source>
        <translation>Disqualifiée : perdue avant d’avoir atteint la qualification.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/boardmodel.cpp" line="380"/>
        <source>Moved here past unmet criteria by an override: %1</source>
        <translation>Déplacée ici malgré des critères non remplis, par dérogation : %1</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/boardmodel.cpp" line="385"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/boardmodel.cpp" line="393"/>
        <source>%1, closes %2</source>
        <translation>%1, conclusion le %2</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/boardmodel.cpp" line="395"/>
        <source>owner %1</source>
        <translation>responsable %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/boardmodel.cpp" line="397"/>
        <source>%n day(s) in %1</source>
        <translation>
            <numerusform>%n jour dans %1</numerusform>
            <numerusform>%n jours dans %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/itemmodels/boardmodel.cpp" line="399"/>
        <source>%1 of %2 activities done</source>
        <translation>%1 activités faites sur %2</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/boardmodel.cpp" line="401"/>
        <source>stalled</source>
        <translation>au point mort</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/boardmodel.cpp" line="403"/>
        <source>required criteria not met</source>
        <translation>critères obligatoires non remplis</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/boardmodel.cpp" line="408"/>
        <source>%n stakeholder(s), a champion among them</source>
        <translation>
            <numerusform>%n partie prenante, dont un soutien interne</numerusform>
            <numerusform>%n parties prenantes, dont un soutien interne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/boardmodel.cpp" line="409"/>
        <source>%n stakeholder(s), no champion</source>
        <translation>
            <numerusform>%n partie prenante, aucun soutien interne</numerusform>
            <numerusform>%n parties prenantes, aucun soutien interne</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/itemmodels/boardmodel.cpp" line="411"/>
        <source>disqualified</source>
        <translation>disqualifiée</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/boardmodel.cpp" line="416"/>
        <source>moved here by an override: %1</source>
        <translation>déplacée ici par dérogation : %1</translation>
    </message>
    <message>
        <location filename="../ui/undorecorder.cpp" line="75"/>
        <source>The opportunity &quot;%1&quot; no longer exists.</source>
        <translation>L’opportunité « %1 » n’existe plus.</translation>
    </message>
</context>
<context>
    <name>Stageboard::BoardService</name>
    <message>
        <location filename="../model/services/boardservice.cpp" line="90"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../model/services/boardservice.cpp" line="95"/>
        <source>%1 signs off %2; choose another role for them in the process editor first.</source>
        <translation>%1 valide %2 ; choisissez d’abord un autre rôle pour cela dans l’éditeur de processus.</translation>
    </message>
    <message>
        <location filename="../model/services/boardservice.cpp" line="346"/>
        <source>&quot;%1&quot; was moved to %2 elsewhere meanwhile.</source>
        <translation>« %1 » a été déplacée vers %2 ailleurs entre-temps.</translation>
    </message>
    <message>
        <location filename="../model/services/boardservice.cpp" line="347"/>
        <source>%3 moved &quot;%1&quot; to %2 meanwhile.</source>
        <translation>%3 a déplacé « %1 » vers %2 entre-temps.</translation>
    </message>
    <message>
        <location filename="../model/services/boardservice.cpp" line="348"/>
        <source>The board shows it there now; nothing was moved.</source>
        <translation>Le tableau l’affiche là maintenant ; rien n’a été déplacé.</translation>
    </message>
    <message>
        <location filename="../model/services/boardservice.cpp" line="358"/>
        <location filename="../model/services/boardservice.cpp" line="396"/>
        <location filename="../model/services/boardservice.cpp" line="417"/>
        <location filename="../model/services/boardservice.cpp" line="448"/>
        <location filename="../model/services/boardservice.cpp" line="501"/>
        <source>The opportunity %1 no longer exists.</source>
        <translation>L’opportunité %1 n’existe plus.</translation>
    </message>
    <message>
        <location filename="../model/services/boardservice.cpp" line="369"/>
        <source>&quot;%1&quot; was deleted elsewhere; nothing was moved.</source>
        <translation>« %1 » a été supprimée ailleurs ; rien n’a été déplacé.</translation>
    </message>
    <message>
        <location filename="../model/services/boardservice.cpp" line="435"/>
        <source>The stage %1 no longer exists.</source>
        <translation>L’étape %1 n’existe plus.</translation>
    </message>
    <message>
        <location filename="../model/services/boardservice.cpp" line="487"/>
        <source>the sign-off &quot;%1&quot; is open again: %2 signs it off anew.</source>
        <translation>la validation « %1 » est de nouveau ouverte : %2 la valide à nouveau.</translation>
    </message>
</context>
<context>
    <name>Stageboard::BoardView</name>
    <message>
        <location filename="../ui/boardview.cpp" line="26"/>
        <source>Sales board</source>
        <translation>Tableau des ventes</translation>
    </message>
</context>
<context>
    <name>Stageboard::BuyingGroupView</name>
    <message>
        <location filename="../ui/buyinggroupview.cpp" line="99"/>
        <source>Buying group</source>
        <translation>Groupe d’achat</translation>
    </message>
    <message>
        <location filename="../ui/buyinggroupview.cpp" line="110"/>
        <source>Add &amp;Stakeholder…</source>
        <translation>Ajouter une &amp;partie prenante…</translation>
    </message>
    <message>
        <location filename="../ui/buyinggroupview.cpp" line="113"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../ui/buyinggroupview.cpp" line="124"/>
        <location filename="../ui/buyinggroupview.cpp" line="130"/>
        <source>Open objections</source>
        <translation>Objections ouvertes</translation>
    </message>
    <message>
        <location filename="../ui/buyinggroupview.cpp" line="133"/>
        <source>Mark &amp;Resolved</source>
        <translation>Marquer &amp;levée</translation>
    </message>
    <message>
        <location filename="../ui/buyinggroupview.cpp" line="182"/>
        <source>%1 — raised %2</source>
        <translation>%1 — soulevée le %2</translation>
    </message>
    <message>
        <location filename="../ui/buyinggroupview.cpp" line="209"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/buyinggroupview.cpp" line="210"/>
        <source>%1 · %2 · influence %3</source>
        <translation>%1 · %2 · influence %3</translation>
    </message>
    <message>
        <location filename="../ui/buyinggroupview.cpp" line="211"/>
        <source>no role</source>
        <translation>sans rôle</translation>
    </message>
    <message>
        <location filename="../ui/buyinggroupview.cpp" line="229"/>
        <source>No stakeholders yet: add the decision maker and a champion.</source>
        <translation>Pas encore de parties prenantes : ajoutez le décideur et un soutien interne.</translation>
    </message>
</context>
<context>
    <name>Stageboard::BuyingRole</name>
    <message>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="24"/>
        <source>Decision maker</source>
        <translation>Décideur</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="25"/>
        <source>Economic buyer</source>
        <translation>Décideur économique</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="26"/>
        <source>Champion</source>
        <translation>Soutien interne</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="27"/>
        <source>Influencer</source>
        <translation>Prescripteur</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="28"/>
        <source>Technical evaluator</source>
        <translation>Évaluateur technique</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="29"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="30"/>
        <source>Blocker</source>
        <translation>Opposant</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="31"/>
        <source>Procurement / legal</source>
        <translation>Achats / juridique</translation>
    </message>
</context>
<context>
    <name>Stageboard::BuyingRolesDialog</name>
    <message>
        <location filename="../ui/buyingrolesdialog.cpp" line="23"/>
        <source>Buying Roles</source>
        <translation>Rôles d’achat</translation>
    </message>
    <message>
        <source>The roles a stakeholder can have in a deal&apos;s buying group. Rule criteria such as “a Champion among the stakeholders” name them by their key, which a new name does not change.</source>
        <translation type="vanished">Les rôles qu’une partie prenante peut avoir dans le groupe d’achat d’une affaire. Les critères à règle comme « un champion parmi les parties prenantes » les désignent par leur clé, qu’un nouveau nom ne change pas.</translation>
    </message>
    <message>
        <location filename="../ui/buyingrolesdialog.cpp" line="24"/>
        <source>The roles a person can have in a deal&apos;s buying group. A renamed role keeps its place in the gate criteria that ask for it; a removed one stays on the people who have it and is offered for nobody new.</source>
        <translation>Les rôles qu’une personne peut avoir dans le groupe d’achat d’une affaire. Un rôle renommé garde sa place dans les critères qui le demandent ; un rôle retiré reste aux personnes qui l’ont et n’est proposé à personne de nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/buyingrolesdialog.cpp" line="32"/>
        <source>Buying roles</source>
        <translation>Rôles d’achat</translation>
    </message>
    <message>
        <location filename="../ui/buyingrolesdialog.cpp" line="34"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location filename="../ui/buyingrolesdialog.cpp" line="36"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <location filename="../ui/buyingrolesdialog.cpp" line="38"/>
        <location filename="../ui/buyingrolesdialog.cpp" line="134"/>
        <source>Re&amp;move</source>
        <translation>Reti&amp;rer</translation>
    </message>
    <message>
        <location filename="../ui/buyingrolesdialog.cpp" line="42"/>
        <source>Add Buying Role</source>
        <translation>Ajouter un rôle d’achat</translation>
    </message>
    <message>
        <location filename="../ui/buyingrolesdialog.cpp" line="42"/>
        <location filename="../ui/buyingrolesdialog.cpp" line="53"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../ui/buyingrolesdialog.cpp" line="53"/>
        <source>Rename Buying Role</source>
        <translation>Renommer le rôle d’achat</translation>
    </message>
    <message>
        <location filename="../ui/buyingrolesdialog.cpp" line="64"/>
        <source>Remove Buying Role</source>
        <translation>Retirer le rôle d’achat</translation>
    </message>
    <message>
        <location filename="../ui/buyingrolesdialog.cpp" line="65"/>
        <source>Remove “%1”? Nobody new can be given it; the people who have it keep it, and Bring Back offers it again.</source>
        <translation>Retirer « %1 » ? Personne de nouveau ne pourra l’avoir ; ceux qui l’ont la gardent, et « Rétablir » la propose à nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/buyingrolesdialog.cpp" line="109"/>
        <source>%1 (removed)</source>
        <translation>%1 (retiré)</translation>
    </message>
    <message>
        <source>%1 (removed: offered for no new stakeholder)</source>
        <translation type="vanished">%1 (retiré : proposé à aucune nouvelle partie prenante)</translation>
    </message>
    <message>
        <location filename="../ui/buyingrolesdialog.cpp" line="113"/>
        <source>Key: %1</source>
        <translation>Clé : %1</translation>
    </message>
    <message>
        <location filename="../ui/buyingrolesdialog.cpp" line="133"/>
        <source>Bring &amp;Back</source>
        <translation>&amp;Rétablir</translation>
    </message>
</context>
<context>
    <name>Stageboard::CardDelegate</name>
    <message>
        <location filename="../ui/carddelegate.cpp" line="202"/>
        <source>✓ %1/%2</source>
        <translation>✓ %1/%2</translation>
    </message>
    <message>
        <location filename="../ui/carddelegate.cpp" line="240"/>
        <source>Disqualified</source>
        <translation>Disqualifiée</translation>
    </message>
    <message>
        <location filename="../ui/carddelegate.cpp" line="402"/>
        <source>Red dot: a required exit criterion of this stage is not met yet, so the deal cannot move on.</source>
        <translation>Point rouge : un critère de sortie obligatoire de cette étape n’est pas encore rempli, l’affaire ne peut donc pas avancer.</translation>
    </message>
    <message>
        <location filename="../ui/carddelegate.cpp" line="406"/>
        <source>Flag: moved into this stage past unmet required criteria by an override. Reason: %1</source>
        <translation>Drapeau : déplacée dans cette étape par dérogation, malgré des critères obligatoires non remplis. Motif : %1</translation>
    </message>
    <message>
        <location filename="../ui/carddelegate.cpp" line="414"/>
        <source>No next activity planned: plan a call, meeting, task or email so that the deal does not stall.</source>
        <translation>Aucune prochaine activité prévue : planifiez un appel, un rendez-vous, une tâche ou un e-mail pour que l’affaire ne stagne pas.</translation>
    </message>
    <message>
        <location filename="../ui/carddelegate.cpp" line="417"/>
        <source>Next activity overdue: it was due %1.</source>
        <translation>Prochaine activité en retard : elle était prévue le %1.</translation>
    </message>
    <message>
        <location filename="../ui/carddelegate.cpp" line="419"/>
        <source>Next activity due today: %1.</source>
        <translation>Prochaine activité prévue aujourd’hui : %1.</translation>
    </message>
    <message>
        <location filename="../ui/carddelegate.cpp" line="421"/>
        <source>Next activity planned for %1.</source>
        <translation>Prochaine activité prévue le %1.</translation>
    </message>
    <message>
        <location filename="../ui/carddelegate.cpp" line="425"/>
        <source>%1 of %2 recommended activities of this stage done.</source>
        <translation>%1 des %2 activités recommandées de cette étape faites.</translation>
    </message>
    <message>
        <location filename="../ui/carddelegate.cpp" line="432"/>
        <source>Expected to close on %1: that date has passed. Update the close date or the stage.</source>
        <translation>Conclusion prévue le %1 : cette date est passée. Mettez à jour la date de conclusion ou l’étape.</translation>
    </message>
    <message>
        <location filename="../ui/carddelegate.cpp" line="435"/>
        <source>Expected to close on %1.</source>
        <translation>Conclusion prévue le %1.</translation>
    </message>
    <message>
        <location filename="../ui/carddelegate.cpp" line="439"/>
        <source>Disqualified: lost before it reached qualification.</source>
        <translation>Disqualifiée : perdue avant d’atteindre la qualification.</translation>
    </message>
    <message>
        <location filename="../ui/carddelegate.cpp" line="441"/>
        <source>Why it closed: %1</source>
        <translation>Raison de la clôture : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/carddelegate.cpp" line="445"/>
        <source>%n day(s) in this stage: stalled, past the stage&apos;s limit of %1.</source>
        <translation>
            <numerusform>%n jour dans cette étape : au point mort, au-delà de la limite de l’étape de %1.</numerusform>
            <numerusform>%n jours dans cette étape : au point mort, au-delà de la limite de l’étape de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/carddelegate.cpp" line="447"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/carddelegate.cpp" line="449"/>
        <source>%n day(s) in this stage.</source>
        <translation>
            <numerusform>%n jour dans cette étape.</numerusform>
            <numerusform>%n jours dans cette étape.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/carddelegate.cpp" line="452"/>
        <source>Amount; weighted by its %1 % probability: %2</source>
        <translation>Montant ; pondéré par sa probabilité de %1 % : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/carddelegate.cpp" line="245"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n j</numerusform>
            <numerusform>%n j</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stageboard::CloseOpportunityDialog</name>
    <message>
        <location filename="../ui/movedialogs.cpp" line="197"/>
        <source>Move to %1</source>
        <translation>Déplacer vers %1</translation>
    </message>
    <message>
        <location filename="../ui/movedialogs.cpp" line="199"/>
        <source>Why is &quot;%1&quot; moving to %2?</source>
        <translation>Pourquoi « %1 » passe-t-elle à %2 ?</translation>
    </message>
    <message>
        <location filename="../ui/movedialogs.cpp" line="218"/>
        <source>Choose or type a reason</source>
        <translation>Choisissez ou saisissez une raison</translation>
    </message>
    <message>
        <location filename="../ui/movedialogs.cpp" line="219"/>
        <source>&amp;Main reason:</source>
        <translation>Raison &amp;principale :</translation>
    </message>
    <message>
        <location filename="../ui/movedialogs.cpp" line="222"/>
        <source>Other reasons</source>
        <translation>Autres raisons</translation>
    </message>
    <message>
        <location filename="../ui/movedialogs.cpp" line="224"/>
        <source>&amp;Other reasons:</source>
        <translation>&amp;Autres raisons :</translation>
    </message>
    <message>
        <location filename="../ui/movedialogs.cpp" line="236"/>
        <source>None, or choose or type one</source>
        <translation>Aucun, ou choisir ou saisir</translation>
    </message>
    <message>
        <source>No competitor, or choose or type one</source>
        <translation type="vanished">Aucun concurrent, ou en choisir ou saisir un</translation>
    </message>
    <message>
        <location filename="../ui/movedialogs.cpp" line="237"/>
        <source>&amp;Lost to:</source>
        <translation>Perdue &amp;face à :</translation>
    </message>
    <message>
        <location filename="../ui/movedialogs.cpp" line="242"/>
        <source>What happened, for the look-back</source>
        <translation>Ce qui s’est passé, pour la revue</translation>
    </message>
    <message>
        <location filename="../ui/movedialogs.cpp" line="244"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
</context>
<context>
    <name>Stageboard::CoachingModel</name>
    <message numerus="yes">
        <location filename="../model/itemmodels/coachingmodel.cpp" line="93"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n affaire</numerusform>
            <numerusform>%n affaires</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/itemmodels/coachingmodel.cpp" line="96"/>
        <source>%1 % of activities</source>
        <translation>%1 % des activités</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/coachingmodel.cpp" line="97"/>
        <source>No activities</source>
        <translation>Aucune activité</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/coachingmodel.cpp" line="98"/>
        <source>%1 stalled · %2 overridden</source>
        <translation>%1 en panne · %2 forcées</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/coachingmodel.cpp" line="100"/>
        <source>%1 d in stage (team %2 d)</source>
        <translation>%1 j dans l’étape (équipe %2 j)</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/coachingmodel.cpp" line="106"/>
        <source>%1 has no open deal in %2.</source>
        <translation>%1 n’a aucune affaire ouverte dans %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/coachingmodel.cpp" line="109"/>
        <source>%1 in %2: %n open deal(s); %3 of the stage&apos;s recommended activities ticked; %4 stalled past the stage&apos;s age limit; %5 let in past the gate on an override; median %6 days in the stage, against %7 for the team. Select the cell to see its deals.</source>
        <translation>
            <numerusform>%1 dans %2 : %n affaire ouverte ; %3 des activités recommandées de l’étape cochées ; %4 au-delà de la limite d’âge ; %5 admises malgré le passage, par dérogation ; médiane de %6 jours dans l’étape, contre %7 pour l’équipe. Sélectionnez la cellule pour voir ses affaires.</numerusform>
            <numerusform>%1 dans %2 : %n affaires ouvertes ; %3 des activités recommandées de l’étape cochées ; %4 au-delà de la limite d’âge ; %5 admises malgré le passage, par dérogation ; médiane de %6 jours dans l’étape, contre %7 pour l’équipe. Sélectionnez la cellule pour voir ses affaires.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/itemmodels/coachingmodel.cpp" line="116"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/coachingmodel.cpp" line="117"/>
        <source>none (it recommends none)</source>
        <translation>aucune (elle n’en recommande aucune)</translation>
    </message>
</context>
<context>
    <name>Stageboard::CoachingService</name>
    <message>
        <location filename="../model/services/coaching.cpp" line="38"/>
        <source>Only a manager or an admin writes coaching notes.</source>
        <translation>Seul un manager ou un administrateur rédige des notes de coaching.</translation>
    </message>
    <message>
        <location filename="../model/services/coaching.cpp" line="43"/>
        <source>The deal &quot;%1&quot; is not this rep&apos;s.</source>
        <translation>L’affaire « %1 » n’est pas celle de ce commercial.</translation>
    </message>
    <message>
        <location filename="../model/services/coaching.cpp" line="60"/>
        <source>Only the rep a coaching note is for marks it read.</source>
        <translation>Seul le commercial destinataire d’une note de coaching la marque comme lue.</translation>
    </message>
    <message>
        <location filename="../model/services/coaching.cpp" line="71"/>
        <source>Only a manager or an admin removes a coaching note.</source>
        <translation>Seul un manager ou un administrateur supprime une note de coaching.</translation>
    </message>
</context>
<context>
    <name>Stageboard::CoachingView</name>
    <message>
        <source>Each cell is a rep&apos;s open deals in a stage: how many, the share of the stage&apos;s recommended activities ticked, those stalled past the stage&apos;s age limit or let in on an override, and the median days in the stage against the team&apos;s. Select a cell to see its deals and write the rep a coaching note.</source>
        <translation type="vanished">Chaque cellule réunit les affaires ouvertes d’un commercial dans une étape : leur nombre, la part des activités recommandées cochées, celles au-delà de la limite d’âge ou admises par dérogation, et la médiane des jours dans l’étape face à celle de l’équipe. Sélectionnez une cellule pour voir ses affaires et écrire une note de coaching au commercial.</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="75"/>
        <source>Each cell is a rep&apos;s open deals in a stage: how many, the share of the stage&apos;s recommended activities ticked, those stalled past the stage&apos;s age limit or let in on an override, and the median days in the stage against the team&apos;s. A cell in orange has stalled deals or takes far longer than the team. Select a cell to see its deals and write the rep a coaching note.</source>
        <translation>Chaque cellule réunit les affaires ouvertes d’un commercial dans une étape : leur nombre, la part des activités recommandées cochées, celles au-delà de la limite d’âge ou admises par dérogation, et la médiane des jours dans l’étape face à celle de l’équipe. Une cellule orange a des affaires en panne ou prend bien plus longtemps que l’équipe. Sélectionnez une cellule pour voir ses affaires et écrire une note de coaching au commercial.</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="84"/>
        <source>Coaching grid</source>
        <translation>Grille de coaching</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="92"/>
        <source>No open deals to coach on yet. Deals that reps own in an open stage appear here.</source>
        <translation>Aucune affaire ouverte à coacher pour l’instant. Les affaires des commerciaux dans une étape ouverte apparaissent ici.</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="104"/>
        <source>Deals of the selected cell</source>
        <translation>Affaires de la cellule sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="108"/>
        <location filename="../ui/coachingview.cpp" line="137"/>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="108"/>
        <source>Days in stage</source>
        <translation>Jours dans l’étape</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="108"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="108"/>
        <location filename="../ui/coachingview.cpp" line="327"/>
        <source>Stalled</source>
        <translation>En panne</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="108"/>
        <source>Override</source>
        <translation>Dérogation</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="113"/>
        <source>Double-click a deal to open it on the board.</source>
        <translation>Double-cliquez sur une affaire pour l’ouvrir sur le tableau.</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="133"/>
        <source>Coaching notes of the selected rep</source>
        <translation>Notes de coaching du commercial sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="137"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="137"/>
        <source>Follow up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="137"/>
        <location filename="../ui/coachingview.cpp" line="371"/>
        <source>Read</source>
        <translation>Lue</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="144"/>
        <source>What the note is about</source>
        <translation>Sujet de la note</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="147"/>
        <source>Coaching note</source>
        <translation>Note de coaching</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="148"/>
        <source>What to try, what went well, what to look at together…</source>
        <translation>Ce qu’il faut essayer, ce qui a bien marché, ce qu’il faut regarder ensemble…</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="152"/>
        <source>Follow up on</source>
        <translation>Suivi le</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="158"/>
        <source>Follow-up date</source>
        <translation>Date de suivi</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="161"/>
        <source>&amp;Add Note</source>
        <translation>&amp;Ajouter la note</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="164"/>
        <source>Remove Note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="300"/>
        <source>Select a cell to see its deals.</source>
        <translation>Sélectionnez une cellule pour voir ses affaires.</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="308"/>
        <source>About %1&apos;s work in general</source>
        <translation>Sur le travail de %1 en général</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="326"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="326"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="333"/>
        <source>About %1</source>
        <translation>Sur %1</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="334"/>
        <source>About %1 (%2)</source>
        <translation>Sur %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/coachingview.cpp" line="339"/>
        <source>%1 in %2: %n open deal(s), the longest in the stage first</source>
        <translation>
            <numerusform>%1 dans %2 : %n affaire ouverte, la plus ancienne dans l’étape d’abord</numerusform>
            <numerusform>%1 dans %2 : %n affaires ouvertes, la plus ancienne dans l’étape d’abord</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="349"/>
        <source>Coaching notes</source>
        <translation>Notes de coaching</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="357"/>
        <source>Coaching notes are between %1 and their managers.</source>
        <translation>Les notes de coaching restent entre %1 et ses managers.</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="371"/>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="374"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="379"/>
        <source>Coaching notes to %1: none yet.</source>
        <translation>Notes de coaching à %1 : aucune pour l’instant.</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="380"/>
        <source>Coaching notes to %1 (%2)</source>
        <translation>Notes de coaching à %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="400"/>
        <source>Only a manager or an admin writes coaching notes.</source>
        <translation>Seul un manager ou un administrateur rédige des notes de coaching.</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="401"/>
        <source>Select a cell to write its rep a note.</source>
        <translation>Sélectionnez une cellule pour écrire une note à son commercial.</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="402"/>
        <source>The rep finds the note on their agenda.</source>
        <translation>Le commercial trouve la note dans son agenda.</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="420"/>
        <source>Coaching note written to %1.</source>
        <translation>Note de coaching écrite à %1.</translation>
    </message>
</context>
<context>
    <name>Stageboard::CompetitorsDialog</name>
    <message>
        <location filename="../ui/competitorsdialog.cpp" line="24"/>
        <location filename="../ui/competitorsdialog.cpp" line="32"/>
        <source>Competitors</source>
        <translation>Concurrents</translation>
    </message>
    <message>
        <location filename="../ui/competitorsdialog.cpp" line="25"/>
        <source>The companies the team competes with. Deals name them, with our strengths and weaknesses against each, and a lost deal says which one it was lost to.</source>
        <translation>Les entreprises face auxquelles l’équipe est en concurrence. Les affaires les citent, avec nos forces et faiblesses face à chacune, et une affaire perdue dit face à laquelle.</translation>
    </message>
    <message>
        <location filename="../ui/competitorsdialog.cpp" line="34"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location filename="../ui/competitorsdialog.cpp" line="36"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../ui/competitorsdialog.cpp" line="40"/>
        <source>Add Competitor</source>
        <translation>Ajouter un concurrent</translation>
    </message>
    <message>
        <location filename="../ui/competitorsdialog.cpp" line="40"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../ui/competitorsdialog.cpp" line="51"/>
        <source>What they offer, how they price and sell, where they win</source>
        <translation>Ce qu’ils proposent, comment ils fixent les prix et vendent, où ils gagnent</translation>
    </message>
    <message>
        <location filename="../ui/competitorsdialog.cpp" line="68"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../ui/competitorsdialog.cpp" line="69"/>
        <source>&amp;What we know:</source>
        <translation>Ce que nous &amp;savons :</translation>
    </message>
    <message>
        <location filename="../ui/competitorsdialog.cpp" line="70"/>
        <source>&amp;Save Description</source>
        <translation>&amp;Enregistrer la description</translation>
    </message>
    <message>
        <location filename="../ui/competitorsdialog.cpp" line="127"/>
        <source>Only a manager or an admin removes a competitor.</source>
        <translation>Seul un manager ou un administrateur retire un concurrent.</translation>
    </message>
</context>
<context>
    <name>Stageboard::ConflictDialog</name>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="27"/>
        <source>Changed by Someone Else</source>
        <translation>Modifiée par quelqu’un d’autre</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="30"/>
        <source>&lt;b&gt;&quot;%1&quot; was changed elsewhere while you edited it.&lt;/b&gt;&lt;br&gt;Nothing has been saved yet. For each field below, choose your value or the one saved meanwhile. Fields only one of you changed start with that change; fields you both changed are in bold.</source>
        <translation>&lt;b&gt;« %1 » a été modifiée ailleurs pendant que vous la modifiiez.&lt;/b&gt;&lt;br&gt;Rien n’est encore enregistré. Pour chaque champ ci-dessous, choisissez votre valeur ou celle enregistrée entre-temps. Les champs qu’un seul de vous a changés partent de ce changement ; ceux que vous avez changés tous les deux sont en gras.</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="41"/>
        <source>Fields that differ</source>
        <translation>Champs qui diffèrent</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="42"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="42"/>
        <source>Your edit</source>
        <translation>Votre modification</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="42"/>
        <source>Saved elsewhere</source>
        <translation>Enregistré ailleurs</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="57"/>
        <source>You both changed this field.</source>
        <translation>Vous avez tous deux changé ce champ.</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="65"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="67"/>
        <source>Keep your %1: %2</source>
        <translation>Garder votre %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="67"/>
        <source>Keep the saved %1: %2</source>
        <translation>Garder le %1 enregistré : %2</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="79"/>
        <source>Save These Values</source>
        <translation>Enregistrer ces valeurs</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="81"/>
        <source>Discard My Edit</source>
        <translation>Abandonner ma modification</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="82"/>
        <source>Keep the deal as it was saved elsewhere.</source>
        <translation>Garder l’affaire telle qu’elle a été enregistrée ailleurs.</translation>
    </message>
</context>
<context>
    <name>Stageboard::ConnectionDialog</name>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="23"/>
        <source>Connect to a Shared Database</source>
        <translation>Se connecter à une base partagée</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="40"/>
        <source>db.example.com</source>
        <translation>db.example.com</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="41"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="46"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="48"/>
        <source>stageboard</source>
        <translation>stageboard</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="49"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base :</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="54"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="57"/>
        <source>Asked by the server, if at all</source>
        <translation>Demandé par le serveur, le cas échéant</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="58"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="62"/>
        <source>Never encrypt</source>
        <translation>Ne jamais chiffrer</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="63"/>
        <source>Encrypt if the server insists</source>
        <translation>Chiffrer si le serveur l’exige</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="64"/>
        <source>Encrypt when the server can (default)</source>
        <translation>Chiffrer quand le serveur le peut (par défaut)</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="65"/>
        <source>Always encrypt</source>
        <translation>Toujours chiffrer</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="66"/>
        <source>Always encrypt, and check the server&apos;s certificate</source>
        <translation>Toujours chiffrer et vérifier le certificat du serveur</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="67"/>
        <source>Always encrypt, check the certificate and the server&apos;s name</source>
        <translation>Toujours chiffrer, vérifier le certificat et le nom du serveur</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="74"/>
        <source>&amp;Encryption:</source>
        <translation>&amp;Chiffrement :</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="77"/>
        <source>&amp;Remember the password in the keyring</source>
        <translation>&amp;Retenir le mot de passe dans le trousseau</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="82"/>
        <source>This desktop has no keyring: Stageboard asks for the password each time, and never writes it to a file.</source>
        <translation>Ce bureau n’a pas de trousseau : Stageboard demande le mot de passe à chaque fois et ne l’écrit jamais dans un fichier.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="88"/>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="92"/>
        <source>Create &amp;New Database</source>
        <translation>Créer une &amp;nouvelle base</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="94"/>
        <source>Creates the database on the server (your user needs the right to create databases) and sets it up with the default sales process.</source>
        <translation>Crée la base sur le serveur (votre utilisateur doit avoir le droit de créer des bases) et l’initialise avec le processus de vente par défaut.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="135"/>
        <source>Enter the server&apos;s name or address.</source>
        <translation>Saisissez le nom ou l’adresse du serveur.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="136"/>
        <source>Enter the database&apos;s name.</source>
        <translation>Saisissez le nom de la base.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="137"/>
        <source>Enter the user to log in as.</source>
        <translation>Saisissez l’utilisateur de connexion.</translation>
    </message>
</context>
<context>
    <name>Stageboard::ContactDialog</name>
    <message>
        <location filename="../ui/contactdialog.cpp" line="66"/>
        <source>Contact — %1</source>
        <translation>Contact — %1</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="66"/>
        <source>New Contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="73"/>
        <source>(no account)</source>
        <translation>(aucun compte)</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="85"/>
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="96"/>
        <source>What to remember about them: how they like to be reached, what matters to them.</source>
        <translation>Ce qu’il faut retenir : comment la joindre, ce qui compte pour elle.</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="102"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="103"/>
        <source>&amp;Job title:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="104"/>
        <source>&amp;Account:</source>
        <translation>&amp;Compte :</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="105"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="106"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="107"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="108"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="128"/>
        <location filename="../ui/contactdialog.cpp" line="131"/>
        <source>Deals</source>
        <translation>Affaires</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="129"/>
        <location filename="../ui/contactdialog.cpp" line="140"/>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="129"/>
        <source>Buying role</source>
        <translation>Rôle d’achat</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="129"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="139"/>
        <location filename="../ui/contactdialog.cpp" line="142"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="140"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="140"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="168"/>
        <source>no role</source>
        <translation>sans rôle</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="171"/>
        <source>Double-click to open it on the board</source>
        <translation>Double-cliquez pour l’ouvrir sur le tableau</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="176"/>
        <source>Not in any deal&apos;s buying group yet: add them from a deal&apos;s panel.</source>
        <translation>Dans aucun groupe d’achat pour l’instant : ajoutez-la depuis le panneau d’une affaire.</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="199"/>
        <source>done %1</source>
        <translation>faite le %1</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="200"/>
        <source>due %1</source>
        <translation>prévue le %1</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="201"/>
        <source>not dated</source>
        <translation>sans date</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="203"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="213"/>
        <source>No activity with them yet: plan one from a deal&apos;s panel.</source>
        <translation>Aucune activité avec elle pour l’instant : planifiez-en une depuis le panneau d’une affaire.</translation>
    </message>
</context>
<context>
    <name>Stageboard::ContactListModel</name>
    <message>
        <location filename="../model/itemmodels/contactlistmodel.cpp" line="236"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/contactlistmodel.cpp" line="238"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/contactlistmodel.cpp" line="240"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/contactlistmodel.cpp" line="242"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/contactlistmodel.cpp" line="244"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/contactlistmodel.cpp" line="246"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/contactlistmodel.cpp" line="248"/>
        <source>Open deals</source>
        <translation>Affaires ouvertes</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/contactlistmodel.cpp" line="250"/>
        <source>Next activity</source>
        <translation>Prochaine activité</translation>
    </message>
</context>
<context>
    <name>Stageboard::ContactsView</name>
    <message>
        <location filename="../ui/contactsview.cpp" line="35"/>
        <source>&amp;New Contact…</source>
        <translation>&amp;Nouveau contact…</translation>
    </message>
    <message>
        <location filename="../ui/contactsview.cpp" line="37"/>
        <source>Add a person at one of the accounts</source>
        <translation>Ajouter une personne de l’un des comptes</translation>
    </message>
    <message>
        <location filename="../ui/contactsview.cpp" line="39"/>
        <source>&amp;Delete Contact…</source>
        <translation>&amp;Supprimer le contact…</translation>
    </message>
    <message>
        <source>&amp;Import Contacts…</source>
        <translation type="vanished">&amp;Importer des contacts…</translation>
    </message>
    <message>
        <location filename="../ui/contactsview.cpp" line="45"/>
        <source>Import Con&amp;tacts…</source>
        <translation>Importer des con&amp;tacts…</translation>
    </message>
    <message>
        <location filename="../ui/contactsview.cpp" line="47"/>
        <source>Contacts from a CSV file, as Salesforce or HubSpot export them</source>
        <translation>Des contacts depuis un fichier CSV, tel que Salesforce ou HubSpot les exportent</translation>
    </message>
    <message>
        <location filename="../ui/contactsview.cpp" line="48"/>
        <source>E&amp;xport Contacts…</source>
        <translation>E&amp;xporter les contacts…</translation>
    </message>
    <message>
        <location filename="../ui/contactsview.cpp" line="58"/>
        <source>&amp;Clear Search</source>
        <translation>&amp;Effacer la recherche</translation>
    </message>
    <message>
        <location filename="../ui/contactsview.cpp" line="63"/>
        <source>Search name, job title, email, phone or account</source>
        <translation>Chercher un nom, une fonction, un e-mail, un téléphone ou un compte</translation>
    </message>
    <message>
        <location filename="../ui/contactsview.cpp" line="65"/>
        <source>Search contacts</source>
        <translation>Chercher des contacts</translation>
    </message>
    <message>
        <location filename="../ui/contactsview.cpp" line="82"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../ui/contactsview.cpp" line="86"/>
        <source>&amp;Open Contact</source>
        <translation>&amp;Ouvrir le contact</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contactsview.cpp" line="74"/>
        <location filename="../ui/contactsview.cpp" line="197"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/contactsview.cpp" line="207"/>
        <source>No contacts yet</source>
        <translation>Aucun contact pour l’instant</translation>
    </message>
    <message>
        <location filename="../ui/contactsview.cpp" line="208"/>
        <source>Add the people you sell to with New Contact…, or import them from a CSV file exported from Salesforce or HubSpot.</source>
        <translation>Ajoutez les personnes à qui vous vendez avec « Nouveau contact… », ou importez-les d’un fichier CSV exporté de Salesforce ou HubSpot.</translation>
    </message>
    <message>
        <location filename="../ui/contactsview.cpp" line="212"/>
        <source>No contact matches “%1”</source>
        <translation>Aucun contact ne correspond à « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/contactsview.cpp" line="213"/>
        <source>Look for part of a name, job title, email, phone or account.</source>
        <translation>Cherchez une partie d’un nom, d’une fonction, d’un e-mail, d’un téléphone ou d’un compte.</translation>
    </message>
    <message>
        <location filename="../ui/contactsview.cpp" line="238"/>
        <source>The contact %1 does not exist any more.</source>
        <translation>Le contact %1 n’existe plus.</translation>
    </message>
    <message>
        <location filename="../ui/contactsview.cpp" line="265"/>
        <source>Delete Contact</source>
        <translation>Supprimer le contact</translation>
    </message>
    <message>
        <location filename="../ui/contactsview.cpp" line="266"/>
        <source>Delete %1? They leave the contacts list; the deals and activities that name them keep their name.</source>
        <translation>Supprimer %1 ? La personne quitte la liste des contacts ; les affaires et activités qui la citent gardent son nom.</translation>
    </message>
</context>
<context>
    <name>Stageboard::CriterionRule</name>
    <message>
        <location filename="../model/process/criterionrule.cpp" line="18"/>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <location filename="../model/process/criterionrule.cpp" line="26"/>
        <source>the amount</source>
        <translation>le montant</translation>
    </message>
    <message>
        <location filename="../model/process/criterionrule.cpp" line="28"/>
        <source>the close date</source>
        <translation>la date de clôture</translation>
    </message>
    <message>
        <location filename="../model/process/criterionrule.cpp" line="29"/>
        <source>a contact</source>
        <translation>un contact</translation>
    </message>
    <message>
        <location filename="../model/process/criterionrule.cpp" line="81"/>
        <source>The rule &quot;%1&quot; names no buying role: write, for example, stakeholder:champion.</source>
        <translation>La règle « %1 » ne nomme aucun rôle d’achat : écrivez par exemple stakeholder:champion.</translation>
    </message>
    <message>
        <location filename="../model/process/criterionrule.cpp" line="90"/>
        <source>The rule &quot;%1&quot; needs an activity type: call, meeting, task or email.</source>
        <translation>La règle « %1 » demande un type d’activité : call, meeting, task ou email.</translation>
    </message>
    <message>
        <location filename="../model/process/criterionrule.cpp" line="101"/>
        <source>The rule &quot;%1&quot; needs a field: amount, close_date or contact.</source>
        <translation>La règle « %1 » demande un champ : amount, close_date ou contact.</translation>
    </message>
    <message>
        <location filename="../model/process/criterionrule.cpp" line="105"/>
        <source>&quot;%1&quot; is not a rule; a rule is stakeholder:ROLE, activity:TYPE, debrief or field:NAME.</source>
        <translation>« %1 » n’est pas une règle ; une règle est stakeholder:RÔLE, activity:TYPE, debrief ou field:NOM.</translation>
    </message>
    <message>
        <location filename="../model/process/criterionrule.cpp" line="149"/>
        <source>no %1 among the stakeholders</source>
        <translation>aucun %1 parmi les parties prenantes</translation>
    </message>
    <message>
        <location filename="../model/process/criterionrule.cpp" line="151"/>
        <source>no activity of type %1 done in this stage</source>
        <translation>aucune activité de type %1 faite à cette étape</translation>
    </message>
    <message>
        <location filename="../model/process/criterionrule.cpp" line="153"/>
        <source>no call debriefed in this stage</source>
        <translation>aucun appel débriefé à cette étape</translation>
    </message>
    <message>
        <location filename="../model/process/criterionrule.cpp" line="156"/>
        <source>no contact named</source>
        <translation>aucun contact nommé</translation>
    </message>
    <message>
        <location filename="../model/process/criterionrule.cpp" line="157"/>
        <source>%1 is not set</source>
        <translation>%1 n’est pas renseigné</translation>
    </message>
    <message>
        <location filename="../model/process/criterionrule.cpp" line="168"/>
        <source>%1 done</source>
        <translation>%1 fait</translation>
    </message>
    <message>
        <location filename="../model/process/criterionrule.cpp" line="170"/>
        <source>Call debriefed</source>
        <translation>Appel débriefé</translation>
    </message>
    <message>
        <location filename="../model/process/criterionrule.cpp" line="181"/>
        <source>Checked by itself: %1 among the stakeholders</source>
        <translation>Se vérifie seul : %1 parmi les parties prenantes</translation>
    </message>
    <message>
        <location filename="../model/process/criterionrule.cpp" line="184"/>
        <source>Checked by itself: an activity of type %1 done in this stage</source>
        <translation>Se vérifie seul : une activité de type %1 faite à cette étape</translation>
    </message>
    <message>
        <location filename="../model/process/criterionrule.cpp" line="187"/>
        <source>Checked by itself: a call debriefed in this stage</source>
        <translation>Se vérifie seul : un appel débriefé à cette étape</translation>
    </message>
    <message>
        <location filename="../model/process/criterionrule.cpp" line="189"/>
        <source>Checked by itself: %1 is set</source>
        <translation>Se vérifie seul : %1 est renseigné</translation>
    </message>
</context>
<context>
    <name>Stageboard::CsvActions</name>
    <message>
        <location filename="../ui/csvactions.cpp" line="35"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="52"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="56"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="57"/>
        <location filename="../ui/csvactions.cpp" line="236"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="78"/>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d’enregistrer %1 : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/csvactions.cpp" line="83"/>
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>%n ligne écrite dans %1.</numerusform>
            <numerusform>%n lignes écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="94"/>
        <source>Export Opportunities</source>
        <translation>Exporter les opportunités</translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="105"/>
        <source>Export Stage History</source>
        <translation>Exporter l’historique des étapes</translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="117"/>
        <source>Export Forecast</source>
        <translation>Exporter la prévision</translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="138"/>
        <location filename="../ui/csvactions.cpp" line="148"/>
        <source>Import Opportunities</source>
        <translation>Importer des opportunités</translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="140"/>
        <location filename="../ui/csvactions.cpp" line="221"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="180"/>
        <source>Export Contacts</source>
        <translation>Exporter les contacts</translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="189"/>
        <source>Export Stakeholders</source>
        <translation>Exporter les parties prenantes</translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="198"/>
        <source>Export Activities</source>
        <translation>Exporter les activités</translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="206"/>
        <source>Export Accounts</source>
        <translation>Exporter les comptes</translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="215"/>
        <source>Import Contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="230"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="235"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="255"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/csvactions.cpp" line="267"/>
        <source>%n row(s) cannot be imported:</source>
        <translation>
            <numerusform>%n ligne ne peut pas être importée :</numerusform>
            <numerusform>%n lignes ne peuvent pas être importées :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/csvactions.cpp" line="273"/>
        <source>… and %n more (see Show Details).</source>
        <translation>
            <numerusform>… et %n autre (voir les détails).</numerusform>
            <numerusform>… et %n autres (voir les détails).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/csvactions.cpp" line="280"/>
        <source>%n account(s) will be created: %1</source>
        <translation>
            <numerusform>%n compte sera créé : %1</numerusform>
            <numerusform>%n comptes seront créés : %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="288"/>
        <source>Nothing to import: every row is refused. People already stored stay as they are; fix the other rows in the file and import it again.</source>
        <translation>Rien à importer : chaque ligne est refusée. Les personnes déjà enregistrées restent telles quelles ; corrigez les autres lignes du fichier et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>Nothing can be imported. Fix the rows and try again.</source>
        <translation type="vanished">Rien ne peut être importé. Corrigez les lignes et réessayez.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/csvactions.cpp" line="296"/>
        <source>Import the %n good contact(s)?</source>
        <translation>
            <numerusform>Importer le %n bon contact ?</numerusform>
            <numerusform>Importer les %n bons contacts ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/csvactions.cpp" line="299"/>
        <source>&amp;Import %n Contact(s)</source>
        <translation>
            <numerusform>&amp;Importer %n contact</numerusform>
            <numerusform>&amp;Importer %n contacts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="313"/>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/csvactions.cpp" line="322"/>
        <source>Imported %n contact(s).</source>
        <translation>
            <numerusform>%n contact importé.</numerusform>
            <numerusform>%n contacts importés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stageboard::CsvExporter</name>
    <message>
        <location filename="../model/csv/csvexport.cpp" line="26"/>
        <location filename="../model/csv/csvexport.cpp" line="163"/>
        <location filename="../model/csv/csvexport.cpp" line="170"/>
        <location filename="../model/csv/csvexport.cpp" line="204"/>
        <location filename="../model/csv/csvexport.cpp" line="226"/>
        <location filename="../model/csv/csvexport.cpp" line="242"/>
        <location filename="../model/csv/csvexport.cpp" line="259"/>
        <source>Cannot write the file: %1</source>
        <translation>Impossible d’écrire le fichier : %1</translation>
    </message>
    <message>
        <location filename="../model/csv/csvexport.cpp" line="40"/>
        <location filename="../model/csv/csvexport.cpp" line="229"/>
        <location filename="../model/csv/csvexport.cpp" line="264"/>
        <source>The export was cancelled.</source>
        <translation>L’export a été annulé.</translation>
    </message>
</context>
<context>
    <name>Stageboard::CsvImporter</name>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="143"/>
        <location filename="../model/csv/peoplecsv.cpp" line="252"/>
        <source>the row has %1 fields, the header has %2.</source>
        <translation>la ligne a %1 champs, l’en-tête en a %2.</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="205"/>
        <source>&quot;%1&quot; is not a three-letter currency code.</source>
        <translation>« %1 » n’est pas un code de devise à trois lettres.</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="220"/>
        <source>&quot;%1&quot; is not a date: %2</source>
        <translation>« %1 » n’est pas une date : %2</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="221"/>
        <source>&quot;%1&quot; is not a date; use YYYY-MM-DD.</source>
        <translation>« %1 » n’est pas une date ; utilisez AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="238"/>
        <source>&quot;%1&quot; is not a percentage from 0 to 100.</source>
        <translation>« %1 » n’est pas un pourcentage de 0 à 100.</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="337"/>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="339"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="341"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="343"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="345"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="347"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="349"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="351"/>
        <source>Close date</source>
        <translation>Date de clôture</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="353"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="355"/>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="357"/>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="359"/>
        <source>Close reason</source>
        <translation>Raison de clôture</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="361"/>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="384"/>
        <location filename="../model/csv/csvimport.cpp" line="551"/>
        <location filename="../model/csv/peoplecsv.cpp" line="450"/>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="385"/>
        <source>line %1, %2: %3</source>
        <translation>ligne %1, %2 : %3</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="397"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="408"/>
        <source>line %1 — %2</source>
        <translation>ligne %1 — %2</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="584"/>
        <source>The process has no stages to import into.</source>
        <translation>Le processus n’a pas d’étape où importer.</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="449"/>
        <location filename="../model/csv/peoplecsv.cpp" line="373"/>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="156"/>
        <location filename="../model/csv/peoplecsv.cpp" line="271"/>
        <source>a line break was folded into a space.</source>
        <translation>un saut de ligne a été remplacé par une espace.</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="187"/>
        <source>&quot;%1&quot; is not a stage of this process; choose the stage it means.</source>
        <translation>« %1 » n’est pas une étape de ce processus ; choisissez l’étape qu’elle désigne.</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="454"/>
        <source>No column holds the opportunities&apos; titles (e.g. &quot;Opportunity Name&quot;, &quot;Deal Name&quot;, &quot;Title&quot;). The header is: %1</source>
        <translation>Aucune colonne ne contient les titres des opportunités (p. ex. « Opportunity Name », « Deal Name », « Title »). L’en-tête est : %1</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="498"/>
        <source>line 1: the file has a header but no opportunities.</source>
        <translation>ligne 1 : le fichier a un en-tête mais aucune opportunité.</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="598"/>
        <location filename="../model/csv/peoplecsv.cpp" line="424"/>
        <source>The file cannot be read a second time (it is not seekable).</source>
        <translation>Le fichier ne peut pas être relu (il n’est pas repositionnable).</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="527"/>
        <location filename="../model/csv/peoplecsv.cpp" line="447"/>
        <source>line %1 changed while it was being imported.</source>
        <translation>la ligne %1 a changé pendant l’import.</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="533"/>
        <location filename="../model/csv/peoplecsv.cpp" line="454"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>L’import a été annulé ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation type="vanished">« %1 » n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../model/csv/peoplecsv.cpp" line="302"/>
        <source>%1 is already the email of the contact %2.</source>
        <translation>%1 est déjà l’e-mail du contact %2.</translation>
    </message>
    <message>
        <location filename="../model/csv/peoplecsv.cpp" line="305"/>
        <source>%1 is already on line %2.</source>
        <translation>%1 figure déjà à la ligne %2.</translation>
    </message>
    <message>
        <location filename="../model/csv/peoplecsv.cpp" line="321"/>
        <source>&quot;%1&quot; is not a user of this database.</source>
        <translation>« %1 » n’est pas un utilisateur de cette base.</translation>
    </message>
    <message>
        <location filename="../model/csv/peoplecsv.cpp" line="332"/>
        <source>the row has no name.</source>
        <translation>la ligne n’a pas de nom.</translation>
    </message>
    <message>
        <location filename="../model/csv/peoplecsv.cpp" line="380"/>
        <source>No column holds the contacts&apos; names (e.g. &quot;Name&quot;, or &quot;First Name&quot; and &quot;Last Name&quot;). The header is: %1</source>
        <translation>Aucune colonne ne contient les noms des contacts (p. ex. « Name », ou « First Name » et « Last Name »). L’en-tête est : %1</translation>
    </message>
    <message>
        <location filename="../model/csv/peoplecsv.cpp" line="417"/>
        <source>line 1: the file has a header but no contacts.</source>
        <translation>ligne 1 : le fichier a un en-tête mais aucun contact.</translation>
    </message>
</context>
<context>
    <name>Stageboard::CsvReader</name>
    <message>
        <location filename="../model/csv/csvreader.cpp" line="27"/>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <location filename="../model/csv/csvreader.cpp" line="122"/>
        <source>the file is not valid UTF-8 text.</source>
        <translation>le fichier n’est pas du texte UTF-8 valide.</translation>
    </message>
    <message>
        <location filename="../model/csv/csvreader.cpp" line="152"/>
        <source>text follows the closing quote of a field; a quote inside a quoted field is written twice (&quot;&quot;).</source>
        <translation>du texte suit le guillemet fermant d’un champ ; un guillemet dans un champ entre guillemets s’écrit deux fois (&quot;&quot;).</translation>
    </message>
    <message>
        <location filename="../model/csv/csvreader.cpp" line="158"/>
        <source>a field is longer than %1 characters.</source>
        <translation>un champ dépasse %1 caractères.</translation>
    </message>
    <message>
        <location filename="../model/csv/csvreader.cpp" line="162"/>
        <source>a quoted field starts here and is never closed.</source>
        <translation>un champ entre guillemets commence ici et n’est jamais fermé.</translation>
    </message>
</context>
<context>
    <name>Stageboard::DashboardView</name>
    <message>
        <location filename="../ui/dashboardview.cpp" line="232"/>
        <source>%1B</source>
        <translation>%1 Md</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="233"/>
        <source>%1M</source>
        <translation>%1 M</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="234"/>
        <source>%1K</source>
        <translation>%1 k</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="334"/>
        <source>First close month</source>
        <translation>Premier mois de clôture</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="335"/>
        <source>Last close month</source>
        <translation>Dernier mois de clôture</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="337"/>
        <source>By month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="338"/>
        <source>By quarter</source>
        <translation>Par trimestre</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="339"/>
        <source>By year</source>
        <translation>Par année</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="340"/>
        <source>Group periods</source>
        <translation>Regrouper les périodes</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="343"/>
        <source>Rep filter</source>
        <translation>Filtre par commercial</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="345"/>
        <source>Territory filter</source>
        <translation>Filtre par territoire</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="347"/>
        <source>Stage filter</source>
        <translation>Filtre par étape</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="350"/>
        <source>Pipeline filter</source>
        <translation>Filtre par pipeline</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="364"/>
        <source>Close from</source>
        <translation>Clôture de</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="365"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="371"/>
        <source>Take Snapshot</source>
        <translation>Prendre un instantané</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="372"/>
        <source>Record today&apos;s forecast, to compare with what closes. Stageboard also records one each day it runs.</source>
        <translation>Enregistrer la prévision du jour, pour la comparer avec ce qui se conclut. Stageboard en enregistre aussi une chaque jour où il tourne.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="386"/>
        <source>Closed won</source>
        <translation>Gagné</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="386"/>
        <source>Won deals closing in the period</source>
        <translation>Affaires gagnées se concluant dans la période</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="387"/>
        <location filename="../ui/dashboardview.cpp" line="529"/>
        <source>Quota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="387"/>
        <source>The quotas of the reps shown, in the period</source>
        <translation>Les quotas des commerciaux affichés, sur la période</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="388"/>
        <source>Attainment</source>
        <translation>Atteinte</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="388"/>
        <source>Closed won ÷ quota</source>
        <translation>Gagné ÷ quota</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="389"/>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="389"/>
        <source>Open pipeline ÷ the quota still to close</source>
        <translation>Pipeline ouvert ÷ quota restant à conclure</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="390"/>
        <source>Win rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="390"/>
        <source>Won ÷ (won + lost); disqualified deals are not losses</source>
        <translation>Gagnées ÷ (gagnées + perdues) ; les affaires disqualifiées ne sont pas des pertes</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="391"/>
        <source>Average deal</source>
        <translation>Affaire moyenne</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="391"/>
        <source>The average amount of a won deal</source>
        <translation>Le montant moyen d’une affaire gagnée</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="392"/>
        <source>Sales cycle</source>
        <translation>Cycle de vente</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="392"/>
        <source>Average days from creation to won</source>
        <translation>Jours en moyenne de la création au gain</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="393"/>
        <source>Stalled</source>
        <translation>Bloquées</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="393"/>
        <source>Open deals past their stage&apos;s age limit</source>
        <translation>Affaires ouvertes au-delà de la limite d’âge de leur étape</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="394"/>
        <source>Awaiting review</source>
        <translation>En attente de revue</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="395"/>
        <source>Closed deals waiting for a manager&apos;s look-back (the Look-back tab); not filtered</source>
        <translation>Affaires clôturées en attente de la revue d’un manager (onglet Revue) ; non filtrées</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="430"/>
        <source>Forecast by close period, against quota</source>
        <translation>Prévision par période de clôture, face au quota</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="431"/>
        <source>Open pipeline by stage</source>
        <translation>Pipeline ouvert par étape</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="432"/>
        <source>Reps against quota (largest best case first)</source>
        <translation>Commerciaux face au quota (plus grand best case d’abord)</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="433"/>
        <source>Conversion funnel: deals that reached each stage</source>
        <translation>Entonnoir de conversion : affaires ayant atteint chaque étape</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="434"/>
        <source>Forecast over time, against what closed</source>
        <translation>Prévision dans le temps, face à ce qui s’est conclu</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="435"/>
        <source>Stage probability: configured and observed</source>
        <translation>Probabilité d’étape : configurée et observée</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="441"/>
        <source>Forecast tables</source>
        <translation>Tableaux de prévision</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="442"/>
        <source>Stalled deals</source>
        <translation>Affaires bloquées</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="444"/>
        <source>Stalled Deals</source>
        <translation>Affaires bloquées</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="446"/>
        <location filename="../ui/dashboardview.cpp" line="555"/>
        <source>Forecast by period</source>
        <translation>Prévision par période</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="447"/>
        <source>Periods</source>
        <translation>Périodes</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="448"/>
        <source>Forecast by rep</source>
        <translation>Prévision par commercial</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="449"/>
        <source>Reps</source>
        <translation>Commerciaux</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="450"/>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="452"/>
        <source>Forecast snapshots</source>
        <translation>Instantanés de prévision</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="453"/>
        <source>Snapshots</source>
        <translation>Instantanés</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="463"/>
        <source>Forecast dashboard</source>
        <translation>Tableau de bord de prévision</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="484"/>
        <location filename="../ui/dashboardview.cpp" line="1207"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="497"/>
        <location filename="../ui/dashboardview.cpp" line="652"/>
        <source>%1
%2: %3</source>
        <translation>%1
%2 : %3</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="551"/>
        <source>%1
Quota: %2</source>
        <translation>%1
Quota : %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="576"/>
        <source>Pipeline by stage</source>
        <translation>Pipeline par étape</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="594"/>
        <source>Reps against quota</source>
        <translation>Commerciaux face au quota</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="616"/>
        <source>Conversion funnel</source>
        <translation>Entonnoir de conversion</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="657"/>
        <source>Forecast over time</source>
        <translation>Prévision dans le temps</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="671"/>
        <source>Probability of closing won (%)</source>
        <translation>Probabilité de gagner (%)</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="678"/>
        <source>Configured and observed probability</source>
        <translation>Probabilité configurée et observée</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation type="vanished">Enregistrer en PNG…</translation>
    </message>
    <message>
        <source>Save %1 as PNG</source>
        <translation type="vanished">Enregistrer %1 en PNG</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation type="vanished">Enregistrer le graphique</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="vanished">Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Cannot write the image %1.</source>
        <translation type="vanished">Impossible d’écrire l’image %1.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="vanished">Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export %1 as CSV</source>
        <translation type="vanished">Exporter %1 en CSV</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="828"/>
        <source>The forecast could not be read.</source>
        <translation>La prévision n’a pas pu être lue.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="857"/>
        <source>All reps</source>
        <translation>Tous les commerciaux</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="863"/>
        <source>All territories</source>
        <translation>Tous les territoires</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="869"/>
        <source>All pipelines</source>
        <translation>Tous les pipelines</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="874"/>
        <source>All stages</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="889"/>
        <source>%1 ▸ %2</source>
        <translation>%1 ▸ %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="1041"/>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboardview.cpp" line="1048"/>
        <source>%n deal(s) left out: no exchange rate into %1 for %2. Set one in Forecast ▸ Quotas and Currencies.</source>
        <translation>
            <numerusform>%n affaire laissée de côté : aucun taux de change en %1 pour %2. Définissez-en un dans Prévision ▸ Quotas et devises.</numerusform>
            <numerusform>%n affaires laissées de côté : aucun taux de change en %1 pour %2. Définissez-en un dans Prévision ▸ Quotas et devises.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="1052"/>
        <source>No opportunities yet: add or import some on the board.</source>
        <translation>Pas encore d’opportunités : ajoutez-en ou importez-en sur le tableau.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="1061"/>
        <source>No deal closes from %1 with this filter, and no quota is set. Widen the range above.</source>
        <translation>Aucune affaire ne se conclut de %1 avec ce filtre, et aucun quota n’est fixé. Élargissez la période ci-dessus.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="1066"/>
        <source>No open deal closes in this range with this filter.</source>
        <translation>Aucune affaire ouverte ne se conclut sur cette période avec ce filtre.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="1068"/>
        <source>No rep has a deal or a quota in this range with this filter.</source>
        <translation>Aucun commercial n’a d’affaire ni de quota sur cette période avec ce filtre.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="1070"/>
        <source>No deal of this range reached a stage with this filter.</source>
        <translation>Aucune affaire de cette période n’a atteint d’étape avec ce filtre.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="1072"/>
        <source>The forecast is recorded once a day (Forecast ▸ Take Snapshot); the lines start with the second day.</source>
        <translation>La prévision est enregistrée une fois par jour (Prévision ▸ Prendre un instantané) ; les courbes commencent le deuxième jour.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="1075"/>
        <source>The observed probabilities need deals that closed won or lost; none in this range with this filter.</source>
        <translation>Les probabilités observées demandent des affaires gagnées ou perdues ; aucune sur cette période avec ce filtre.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="1080"/>
        <source>Nothing to chart</source>
        <translation>Rien à afficher</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="1124"/>
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="1136"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="1173"/>
        <source>%1&lt;br&gt;n = %2</source>
        <translation>%1&lt;br&gt;n = %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="1192"/>
        <source>%1 → %2 %</source>
        <translation>%1 → %2 %</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="1213"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="1218"/>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="1223"/>
        <source>Amounts in %1</source>
        <translation>Montants en %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboardview.cpp" line="1227"/>
        <source>%n deal(s) left out: no exchange rate into %1 for %2 (Forecast ▸ Quotas and Currencies).</source>
        <translation>
            <numerusform>%n affaire laissée de côté : pas de taux de change vers %1 pour %2 (Prévision ▸ Quotas et devises).</numerusform>
            <numerusform>%n affaires laissées de côté : pas de taux de change vers %1 pour %2 (Prévision ▸ Quotas et devises).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboardview.cpp" line="1233"/>
        <source>%n open deal(s) past their close date are counted in this month.</source>
        <translation>
            <numerusform>%n affaire ouverte dont la date de clôture est passée compte dans ce mois.</numerusform>
            <numerusform>%n affaires ouvertes dont la date de clôture est passée comptent dans ce mois.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="1237"/>
        <source>Quotas are set per rep, so they are not shown for one territory.</source>
        <translation>Les quotas sont fixés par commercial ; ils ne sont donc pas affichés pour un seul territoire.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="1239"/>
        <source>The forecast over time is not split by stage: it shows every stage.</source>
        <translation>La prévision dans le temps n’est pas ventilée par étape : elle montre toutes les étapes.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="1246"/>
        <location filename="../ui/dashboardview.cpp" line="1253"/>
        <source>Stageboard forecast</source>
        <translation>Prévision Stageboard</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="1252"/>
        <source>Export Dashboard as PDF</source>
        <translation>Exporter le tableau de bord en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="vanished">Fichiers PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Stageboard::DatabaseCopy</name>
    <message>
        <location filename="../model/storage/databasecopy.cpp" line="107"/>
        <source>%1 already holds %2 opportunities; copy into a new, empty database.</source>
        <translation>%1 contient déjà %2 opportunités ; copiez dans une nouvelle base vide.</translation>
    </message>
    <message>
        <location filename="../model/storage/databasecopy.cpp" line="121"/>
        <source>Cannot empty %1 in %2</source>
        <translation>Impossible de vider %1 dans %2</translation>
    </message>
    <message>
        <location filename="../model/storage/databasecopy.cpp" line="132"/>
        <source>Cannot read %1 from %2</source>
        <translation>Impossible de lire %1 depuis %2</translation>
    </message>
    <message>
        <location filename="../model/storage/databasecopy.cpp" line="162"/>
        <source>Cannot copy %1 into %2</source>
        <translation>Impossible de copier %1 dans %2</translation>
    </message>
    <message>
        <location filename="../model/storage/databasecopy.cpp" line="164"/>
        <source>The copy was stopped; %1 was not changed.</source>
        <translation>La copie a été arrêtée ; %1 n’a pas été modifiée.</translation>
    </message>
    <message>
        <location filename="../model/storage/databasecopy.cpp" line="196"/>
        <source>Cannot count the stakeholders in %1</source>
        <translation>Impossible de compter les parties prenantes dans %1</translation>
    </message>
    <message>
        <location filename="../model/storage/databasecopy.cpp" line="211"/>
        <source>Cannot find the ids of %1</source>
        <translation>Impossible de trouver les identifiants de %1</translation>
    </message>
    <message>
        <location filename="../model/storage/databasecopy.cpp" line="221"/>
        <source>Cannot set the next id of %1</source>
        <translation>Impossible de fixer le prochain identifiant de %1</translation>
    </message>
    <message>
        <location filename="../model/storage/databasecopy.cpp" line="237"/>
        <source>The copy of %1 does not match: %2 rows in %3, %4 in %5. Nothing was copied.</source>
        <translation>La copie de %1 ne correspond pas : %2 lignes dans %3, %4 dans %5. Rien n’a été copié.</translation>
    </message>
</context>
<context>
    <name>Stageboard::DatabaseLocation</name>
    <message>
        <location filename="../model/core/databaselocation.cpp" line="41"/>
        <source>&quot;%1&quot; is not a valid PostgreSQL address: %2. Write it as postgresql://user@host:port/database.</source>
        <translation>« %1 » n’est pas une adresse PostgreSQL valide : %2. Écrivez-la sous la forme postgresql://utilisateur@hôte:port/base.</translation>
    </message>
    <message>
        <location filename="../model/core/databaselocation.cpp" line="54"/>
        <source>&quot;%1&quot; names no database: write it as postgresql://user@host:port/database.</source>
        <translation>« %1 » ne nomme aucune base : écrivez-la sous la forme postgresql://utilisateur@hôte:port/base.</translation>
    </message>
    <message>
        <location filename="../model/core/databaselocation.cpp" line="59"/>
        <source>&quot;%1&quot;: the port must be a number from 1 to 65535.</source>
        <translation>« %1 » : le port doit être un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <location filename="../model/core/databaselocation.cpp" line="64"/>
        <source>&quot;%1&quot; is not an SSL mode; use one of: %2.</source>
        <translation>« %1 » n’est pas un mode SSL ; utilisez l’un de : %2.</translation>
    </message>
    <message>
        <location filename="../model/core/databaselocation.cpp" line="69"/>
        <source>&quot;%1&quot; is not a setting Stageboard knows in a PostgreSQL address (only sslmode is).</source>
        <translation>« %1 » n’est pas un réglage que Stageboard connaît dans une adresse PostgreSQL (seul sslmode l’est).</translation>
    </message>
</context>
<context>
    <name>Stageboard::DealActivitiesView</name>
    <message>
        <location filename="../ui/dealactivitiesview.cpp" line="43"/>
        <source>Activities of the opportunity</source>
        <translation>Activités de l’opportunité</translation>
    </message>
    <message>
        <location filename="../ui/dealactivitiesview.cpp" line="59"/>
        <source>Plan A&amp;ctivity…</source>
        <translation>Planifier une a&amp;ctivité…</translation>
    </message>
    <message>
        <location filename="../ui/dealactivitiesview.cpp" line="60"/>
        <source>A call, meeting, task or email about this opportunity; a call&apos;s plan can start from the stage&apos;s template.</source>
        <translation>Un appel, une réunion, une tâche ou un e-mail sur cette opportunité ; le plan d’un appel peut partir du modèle de l’étape.</translation>
    </message>
    <message>
        <location filename="../ui/dealactivitiesview.cpp" line="62"/>
        <source>Mark &amp;Done</source>
        <translation>Marquer comme &amp;fait</translation>
    </message>
    <message>
        <location filename="../ui/dealactivitiesview.cpp" line="63"/>
        <source>Edit Pla&amp;n…</source>
        <translation>Modifier le pla&amp;n…</translation>
    </message>
    <message>
        <location filename="../ui/dealactivitiesview.cpp" line="64"/>
        <source>Debrie&amp;f…</source>
        <translation>Dé&amp;briefing…</translation>
    </message>
    <message>
        <location filename="../ui/dealactivitiesview.cpp" line="65"/>
        <source>What went well, what to improve, the questions not asked and the objections left open; ask someone to review it.</source>
        <translation>Ce qui a bien marché, ce qu’il faut améliorer, les questions non posées et les objections restées ouvertes ; demander à quelqu’un de le relire.</translation>
    </message>
    <message>
        <location filename="../ui/dealactivitiesview.cpp" line="67"/>
        <source>Re&amp;view…</source>
        <translation>Re&amp;lire…</translation>
    </message>
    <message>
        <location filename="../ui/dealactivitiesview.cpp" line="70"/>
        <source>Show more or fewer done activities</source>
        <translation>Afficher plus ou moins d’activités faites</translation>
    </message>
    <message>
        <location filename="../ui/dealactivitiesview.cpp" line="181"/>
        <source>overdue since %1</source>
        <translation>en retard depuis %1</translation>
    </message>
    <message>
        <location filename="../ui/dealactivitiesview.cpp" line="185"/>
        <source>due today at %1</source>
        <translation>prévu aujourd’hui à %1</translation>
    </message>
    <message>
        <location filename="../ui/dealactivitiesview.cpp" line="190"/>
        <source>due %1</source>
        <translation>prévu le %1</translation>
    </message>
    <message>
        <location filename="../ui/dealactivitiesview.cpp" line="193"/>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <location filename="../ui/dealactivitiesview.cpp" line="197"/>
        <source> · plan written</source>
        <translation> · plan rédigé</translation>
    </message>
    <message>
        <location filename="../ui/dealactivitiesview.cpp" line="199"/>
        <source>done %1</source>
        <translation>fait le %1</translation>
    </message>
    <message>
        <location filename="../ui/dealactivitiesview.cpp" line="203"/>
        <source> · no debrief yet</source>
        <translation> · pas encore de débriefing</translation>
    </message>
    <message>
        <location filename="../ui/dealactivitiesview.cpp" line="205"/>
        <source> · feedback from %1</source>
        <translation> · retour de %1</translation>
    </message>
    <message>
        <location filename="../ui/dealactivitiesview.cpp" line="207"/>
        <source> · review asked of %1</source>
        <translation> · relecture demandée à %1</translation>
    </message>
    <message>
        <location filename="../ui/dealactivitiesview.cpp" line="210"/>
        <source> · debriefed</source>
        <translation> · débriefé</translation>
    </message>
    <message>
        <location filename="../ui/dealactivitiesview.cpp" line="214"/>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <location filename="../ui/dealactivitiesview.cpp" line="216"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/dealactivitiesview.cpp" line="220"/>
        <source>Outcome: %1</source>
        <translation>Résultat : %1</translation>
    </message>
    <message>
        <location filename="../ui/dealactivitiesview.cpp" line="222"/>
        <source>Feedback: %1</source>
        <translation>Retour : %1</translation>
    </message>
    <message>
        <location filename="../ui/dealactivitiesview.cpp" line="236"/>
        <source>Nothing planned: plan the next call or meeting.</source>
        <translation>Rien de prévu : planifiez le prochain appel ou la prochaine réunion.</translation>
    </message>
    <message>
        <location filename="../ui/dealactivitiesview.cpp" line="242"/>
        <source>Show the recent ones only</source>
        <translation>N’afficher que les récentes</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dealactivitiesview.cpp" line="243"/>
        <source>Show all %n done activity(ies)</source>
        <translation>
            <numerusform>Afficher l’activité faite (%n)</numerusform>
            <numerusform>Afficher les %n activités faites</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stageboard::DealCompetitorDialog</name>
    <message>
        <location filename="../ui/dealcompetitorsview.cpp" line="28"/>
        <source>Add Competitor</source>
        <translation>Ajouter un concurrent</translation>
    </message>
    <message>
        <location filename="../ui/dealcompetitorsview.cpp" line="28"/>
        <source>Competitor on This Deal</source>
        <translation>Concurrent sur cette affaire</translation>
    </message>
    <message>
        <location filename="../ui/dealcompetitorsview.cpp" line="34"/>
        <source>Choose or type a competitor</source>
        <translation>Choisir ou saisir un concurrent</translation>
    </message>
    <message>
        <location filename="../ui/dealcompetitorsview.cpp" line="41"/>
        <source>Where we are better, for this customer</source>
        <translation>Là où nous sommes meilleurs, pour ce client</translation>
    </message>
    <message>
        <location filename="../ui/dealcompetitorsview.cpp" line="44"/>
        <source>Where they are better, for this customer</source>
        <translation>Là où ils sont meilleurs, pour ce client</translation>
    </message>
    <message>
        <location filename="../ui/dealcompetitorsview.cpp" line="47"/>
        <source>&amp;Competitor:</source>
        <translation>&amp;Concurrent :</translation>
    </message>
    <message>
        <location filename="../ui/dealcompetitorsview.cpp" line="48"/>
        <source>Our &amp;strengths:</source>
        <translation>Nos &amp;forces :</translation>
    </message>
    <message>
        <location filename="../ui/dealcompetitorsview.cpp" line="49"/>
        <source>Our &amp;weaknesses:</source>
        <translation>Nos &amp;faiblesses :</translation>
    </message>
</context>
<context>
    <name>Stageboard::DealCompetitorsView</name>
    <message>
        <location filename="../ui/dealcompetitorsview.cpp" line="83"/>
        <source>Competitors on this deal</source>
        <translation>Concurrents sur cette affaire</translation>
    </message>
    <message>
        <location filename="../ui/dealcompetitorsview.cpp" line="92"/>
        <source>No competitor named yet. Add the ones the customer is also talking to, with where we stand against each.</source>
        <translation>Aucun concurrent cité. Ajoutez ceux à qui le client parle aussi, et où nous en sommes face à chacun.</translation>
    </message>
    <message>
        <source>Add Co&amp;mpetitor…</source>
        <translation type="vanished">Ajouter un co&amp;ncurrent…</translation>
    </message>
    <message>
        <location filename="../ui/dealcompetitorsview.cpp" line="97"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location filename="../ui/dealcompetitorsview.cpp" line="99"/>
        <source>Add a competitor to the deal</source>
        <translation>Ajouter un concurrent à l’affaire</translation>
    </message>
    <message>
        <location filename="../ui/dealcompetitorsview.cpp" line="100"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../ui/dealcompetitorsview.cpp" line="102"/>
        <source>Edit the competitor</source>
        <translation>Modifier le concurrent</translation>
    </message>
    <message>
        <location filename="../ui/dealcompetitorsview.cpp" line="103"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../ui/dealcompetitorsview.cpp" line="105"/>
        <source>Remove the competitor from the deal</source>
        <translation>Retirer le concurrent de l’affaire</translation>
    </message>
    <message>
        <location filename="../ui/dealcompetitorsview.cpp" line="156"/>
        <source>Our strengths: %1</source>
        <translation>Nos forces : %1</translation>
    </message>
    <message>
        <location filename="../ui/dealcompetitorsview.cpp" line="158"/>
        <source>Our weaknesses: %1</source>
        <translation>Nos faiblesses : %1</translation>
    </message>
    <message>
        <location filename="../ui/dealcompetitorsview.cpp" line="172"/>
        <source>Closed on %1 by %2: %3</source>
        <translation>Clôturée le %1 par %2 : %3</translation>
    </message>
    <message>
        <location filename="../ui/dealcompetitorsview.cpp" line="177"/>
        <source>Lost to %1.</source>
        <translation>Perdue face à %1.</translation>
    </message>
    <message>
        <location filename="../ui/dealcompetitorsview.cpp" line="179"/>
        <source>Notes: %1</source>
        <translation>Notes : %1</translation>
    </message>
    <message>
        <location filename="../ui/dealcompetitorsview.cpp" line="181"/>
        <source>Lesson (%1): %2</source>
        <translation>Leçon (%1) : %2</translation>
    </message>
    <message>
        <location filename="../ui/dealcompetitorsview.cpp" line="182"/>
        <source>Awaiting a manager&apos;s review on the Look-back tab.</source>
        <translation>En attente de la revue d’un manager dans l’onglet Revue.</translation>
    </message>
</context>
<context>
    <name>Stageboard::DebriefDialog</name>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="213"/>
        <source>Debrief: %1</source>
        <translation>Débriefing : %1</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="217"/>
        <source>The plan</source>
        <translation>Le plan</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="228"/>
        <source>What came of it, e.g. pilot agreed for March</source>
        <translation>Ce qui en est sorti, p. ex. pilote convenu pour mars</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="229"/>
        <source>O&amp;utcome:</source>
        <translation>Rés&amp;ultat :</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="231"/>
        <source>What went &amp;well:</source>
        <translation>Ce qui a &amp;bien marché :</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="233"/>
        <source>What to &amp;improve:</source>
        <translation>Ce qu’il faut &amp;améliorer :</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="235"/>
        <source>The planned questions that were not asked</source>
        <translation>Les questions prévues qui n’ont pas été posées</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="236"/>
        <source>&amp;Questions not asked:</source>
        <translation>&amp;Questions non posées :</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="238"/>
        <source>One a line; each stays on the deal until resolved</source>
        <translation>Une par ligne ; chacune reste sur l’affaire jusqu’à sa résolution</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="239"/>
        <source>Objections left &amp;unresolved:</source>
        <translation>Objections non rés&amp;olues :</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="242"/>
        <source>Nobody for now</source>
        <translation>Personne pour l’instant</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="244"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="245"/>
        <source>Ask for a &amp;review:</source>
        <translation>Demander une &amp;relecture :</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="254"/>
        <source>Write at least one of what went well, what to improve, a question not asked or an objection left open.</source>
        <translation>Écrivez au moins l’un de ces points : ce qui a bien marché, ce qu’il faut améliorer, une question non posée ou une objection restée ouverte.</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="263"/>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
</context>
<context>
    <name>Stageboard::DemoGenerator</name>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="55"/>
        <source>Platform licence</source>
        <translation>Licence plateforme</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="56"/>
        <source>Analytics suite</source>
        <translation>Suite analytique</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="57"/>
        <source>Support renewal</source>
        <translation>Renouvellement du support</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="58"/>
        <source>Onboarding package</source>
        <translation>Forfait d’intégration</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="59"/>
        <source>Data migration</source>
        <translation>Migration de données</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="60"/>
        <source>Enterprise rollout</source>
        <translation>Déploiement groupe</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="61"/>
        <source>Pilot project</source>
        <translation>Projet pilote</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="62"/>
        <source>Seat expansion</source>
        <translation>Licences supplémentaires</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="63"/>
        <source>Integration services</source>
        <translation>Services d’intégration</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="66"/>
        <source>Schedule discovery call</source>
        <translation>Planifier l’entretien de découverte</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="67"/>
        <source>Send follow-up deck</source>
        <translation>Envoyer la présentation de suivi</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="68"/>
        <source>Confirm budget owner</source>
        <translation>Confirmer qui détient le budget</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="69"/>
        <source>Present pricing</source>
        <translation>Présenter les prix</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="70"/>
        <source>Legal review of MSA</source>
        <translation>Revue juridique du contrat-cadre</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="71"/>
        <source>Book implementation kick-off</source>
        <translation>Réserver le lancement du déploiement</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="72"/>
        <source>Collect signatures</source>
        <translation>Recueillir les signatures</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="73"/>
        <source>Meet the economic buyer</source>
        <translation>Rencontrer le décideur économique</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="76"/>
        <source>Best fit for requirements</source>
        <translation>Meilleure réponse aux besoins</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="77"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="78"/>
        <source>Existing relationship</source>
        <translation>Relation existante</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="79"/>
        <source>Time to value</source>
        <translation>Rapidité des bénéfices</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="82"/>
        <location filename="../model/demo/demogenerator.cpp" line="439"/>
        <source>Lost to competitor</source>
        <translation>Perdue face à un concurrent</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="83"/>
        <source>No budget</source>
        <translation>Pas de budget</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="84"/>
        <source>No decision</source>
        <translation>Pas de décision</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="85"/>
        <source>Chose to build in-house</source>
        <translation>Développement en interne</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="95"/>
        <source>Large suite vendor; discounts hard at quarter end.</source>
        <translation>Grand éditeur de suites ; remises fortes en fin de trimestre.</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="97"/>
        <source>Analytics specialist; strong with IT, weak on services.</source>
        <translation>Spécialiste de l’analytique ; fort auprès de l’informatique, faible en services.</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="99"/>
        <source>Low-cost newcomer; sells a self-service trial.</source>
        <translation>Nouveau venu à bas prix ; vend par un essai en libre-service.</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="102"/>
        <source>Incumbent at many manufacturers; long contracts, slow to change.</source>
        <translation>Fournisseur en place chez beaucoup d’industriels ; contrats longs, lent à changer.</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="106"/>
        <source>Faster rollout, references in the industry</source>
        <translation>Déploiement plus rapide, références dans le secteur</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="107"/>
        <source>Better integration with their ERP</source>
        <translation>Meilleure intégration avec leur ERP</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="108"/>
        <source>Local support team</source>
        <translation>Équipe de support locale</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="111"/>
        <source>Higher licence price</source>
        <translation>Prix de licence plus élevé</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="112"/>
        <source>No on-premise option</source>
        <translation>Pas d’option sur site</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="113"/>
        <source>Smaller partner network</source>
        <translation>Réseau de partenaires plus petit</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="117"/>
        <source>The early meeting with the economic buyer set the budget before pricing.</source>
        <translation>La rencontre précoce avec le décideur économique a fixé le budget avant le prix.</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="119"/>
        <source>A reference call with a customer in their industry closed the gap.</source>
        <translation>Un appel de référence avec un client de leur secteur a fait la différence.</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="121"/>
        <source>The pilot had success criteria agreed up front; the decision followed.</source>
        <translation>Le pilote avait des critères de succès convenus d’avance ; la décision a suivi.</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="125"/>
        <source>We never met the decision maker; qualify the buying group earlier.</source>
        <translation>Nous n’avons jamais rencontré le décideur ; qualifier le groupe d’achat plus tôt.</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="127"/>
        <source>Pricing came too late; share a budget range in the second meeting.</source>
        <translation>Le prix est venu trop tard ; donner une fourchette de budget au deuxième rendez-vous.</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="129"/>
        <source>The competitor ran a trial we did not answer; offer a pilot sooner.</source>
        <translation>Le concurrent a proposé un essai sans réponse de notre part ; proposer un pilote plus tôt.</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="131"/>
        <source>No compelling event: the deal should have been disqualified in Qualify.</source>
        <translation>Aucun événement déclencheur : l’affaire aurait dû être disqualifiée en Qualification.</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="135"/>
        <source>Make &quot;Fits our ideal customer profile&quot; a deal killer in Identify.</source>
        <translation>Faire de « Correspond à notre profil de client idéal » un critère éliminatoire en Identifiée.</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="137"/>
        <source>Ask for the budget range before pricing is presented in Propose.</source>
        <translation>En Proposée, demander la fourchette de budget avant de présenter les prix.</translation>
    </message>
    <message>
        <source>Make &quot;Decision maker identified&quot; required in Qualify.</source>
        <translation type="vanished">Rendre « Décideur identifié » obligatoire en Qualification.</translation>
    </message>
    <message>
        <source>Add &quot;Budget range shared&quot; to the activities of Develop.</source>
        <translation type="vanished">Ajouter « Fourchette de budget partagée » aux activités de Développement.</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="142"/>
        <source>Chief Operating Officer</source>
        <translation>Directeur des opérations</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="143"/>
        <source>Head of Operations</source>
        <translation>Responsable des opérations</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="144"/>
        <source>IT Director</source>
        <translation>Directeur informatique</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="145"/>
        <source>Chief Financial Officer</source>
        <translation>Directeur financier</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="146"/>
        <source>Procurement Manager</source>
        <translation>Responsable des achats</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="147"/>
        <source>Sales Operations Lead</source>
        <translation>Responsable administration des ventes</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="156"/>
        <source>Follow-up call</source>
        <translation>Appel de relance</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="158"/>
        <source>Stage review meeting</source>
        <translation>Réunion de revue d’étape</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="159"/>
        <source>Product demo</source>
        <translation>Démonstration produit</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="160"/>
        <source>Send the proposal</source>
        <translation>Envoyer la proposition</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="162"/>
        <source>Check in with the champion</source>
        <translation>Faire le point avec le soutien interne</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="164"/>
        <source>Pricing review meeting</source>
        <translation>Réunion de revue des prix</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="165"/>
        <source>Prepare the ROI case</source>
        <translation>Préparer le calcul du ROI</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="254"/>
        <source>The process needs open, won and lost stages to generate demo data.</source>
        <translation>Le processus a besoin d’étapes ouvertes, gagnées et perdues pour générer des données de démonstration.</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="822"/>
        <source>Discovery call</source>
        <translation>Entretien de découverte</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="831"/>
        <source>Needs confirmed; next step agreed.</source>
        <translation>Besoins confirmés ; prochaine étape convenue.</translation>
    </message>
    <message>
        <location filename="../model/demo/democalls.cpp" line="22"/>
        <source>Confirm the need and who decides</source>
        <translation>Confirmer le besoin et qui décide</translation>
    </message>
    <message>
        <location filename="../model/demo/democalls.cpp" line="23"/>
        <source>Agree on the next step and its date</source>
        <translation>Convenir de la prochaine étape et de sa date</translation>
    </message>
    <message>
        <location filename="../model/demo/democalls.cpp" line="24"/>
        <source>Learn what a good outcome is for them</source>
        <translation>Comprendre ce qu’est un bon résultat pour eux</translation>
    </message>
    <message>
        <location filename="../model/demo/democalls.cpp" line="27"/>
        <source>They described the problem in their own words.</source>
        <translation>Ils ont décrit le problème avec leurs propres mots.</translation>
    </message>
    <message>
        <location filename="../model/demo/democalls.cpp" line="29"/>
        <source>The decision process is clear now.</source>
        <translation>Le processus de décision est clair maintenant.</translation>
    </message>
    <message>
        <location filename="../model/demo/democalls.cpp" line="30"/>
        <source>Good rapport with the champion.</source>
        <translation>Bon contact avec le champion.</translation>
    </message>
    <message>
        <location filename="../model/demo/democalls.cpp" line="31"/>
        <source>They shared the budget range.</source>
        <translation>Ils ont indiqué la fourchette de budget.</translation>
    </message>
    <message>
        <location filename="../model/demo/democalls.cpp" line="34"/>
        <source>Ask about the timeline earlier.</source>
        <translation>Demander le calendrier plus tôt.</translation>
    </message>
    <message>
        <location filename="../model/demo/democalls.cpp" line="35"/>
        <source>Talk less, listen more.</source>
        <translation>Parler moins, écouter plus.</translation>
    </message>
    <message>
        <location filename="../model/demo/democalls.cpp" line="36"/>
        <source>Confirm who else decides.</source>
        <translation>Confirmer qui d’autre décide.</translation>
    </message>
    <message>
        <location filename="../model/demo/democalls.cpp" line="37"/>
        <source>Send the agenda beforehand.</source>
        <translation>Envoyer l’ordre du jour à l’avance.</translation>
    </message>
    <message>
        <location filename="../model/demo/democalls.cpp" line="40"/>
        <source>Who else is involved in the decision?</source>
        <translation>Qui d’autre participe à la décision ?</translation>
    </message>
    <message>
        <location filename="../model/demo/democalls.cpp" line="41"/>
        <source>What happens if they do nothing?</source>
        <translation>Que se passe-t-il s’ils ne font rien ?</translation>
    </message>
    <message>
        <location filename="../model/demo/democalls.cpp" line="44"/>
        <source>Price is above their budget</source>
        <translation>Le prix dépasse leur budget</translation>
    </message>
    <message>
        <location filename="../model/demo/democalls.cpp" line="45"/>
        <source>They are happy with the current supplier</source>
        <translation>Ils sont satisfaits de leur fournisseur actuel</translation>
    </message>
    <message>
        <location filename="../model/demo/democalls.cpp" line="46"/>
        <source>IT must approve new software</source>
        <translation>L’informatique doit approuver tout nouveau logiciel</translation>
    </message>
    <message>
        <location filename="../model/demo/democalls.cpp" line="47"/>
        <source>The timing is not right before year end</source>
        <translation>Le moment n’est pas le bon avant la fin de l’année</translation>
    </message>
    <message>
        <location filename="../model/demo/democalls.cpp" line="50"/>
        <source>Good discovery; next time pin down the decision date.</source>
        <translation>Bonne découverte ; la prochaine fois, fixez la date de décision.</translation>
    </message>
    <message>
        <location filename="../model/demo/democalls.cpp" line="52"/>
        <source>Ask the budget question in the first ten minutes.</source>
        <translation>Posez la question du budget dans les dix premières minutes.</translation>
    </message>
    <message>
        <location filename="../model/demo/democalls.cpp" line="54"/>
        <source>Well handled; get the next step in writing.</source>
        <translation>Bien mené ; obtenez la prochaine étape par écrit.</translation>
    </message>
</context>
<context>
    <name>Stageboard::EditConflict</name>
    <message>
        <location filename="../model/itemmodels/editconflict.cpp" line="125"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/editconflict.cpp" line="127"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/editconflict.cpp" line="129"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/editconflict.cpp" line="131"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/editconflict.cpp" line="133"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/editconflict.cpp" line="135"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/editconflict.cpp" line="137"/>
        <source>Close date</source>
        <translation>Date de clôture</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/editconflict.cpp" line="139"/>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/editconflict.cpp" line="141"/>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/editconflict.cpp" line="143"/>
        <source>Forecast category</source>
        <translation>Catégorie de prévision</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/editconflict.cpp" line="167"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/editconflict.cpp" line="169"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/editconflict.cpp" line="169"/>
        <location filename="../model/itemmodels/editconflict.cpp" line="174"/>
        <source>(the stage&apos;s)</source>
        <translation>(celle de l’étape)</translation>
    </message>
</context>
<context>
    <name>Stageboard::EngagementKind</name>
    <message>
        <location filename="../model/core/types.cpp" line="129"/>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location filename="../model/core/types.cpp" line="131"/>
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location filename="../model/core/types.cpp" line="133"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../model/core/types.cpp" line="135"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>Stageboard::ForecastCategory</name>
    <message>
        <location filename="../model/core/types.cpp" line="37"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../model/core/types.cpp" line="39"/>
        <source>Best Case</source>
        <translation>Best Case</translation>
    </message>
    <message>
        <location filename="../model/core/types.cpp" line="41"/>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <location filename="../model/core/types.cpp" line="43"/>
        <source>Closed</source>
        <translation>Conclu</translation>
    </message>
    <message>
        <location filename="../model/core/types.cpp" line="45"/>
        <source>Omitted</source>
        <translation>Omis</translation>
    </message>
</context>
<context>
    <name>Stageboard::ForecastSettingsDialog</name>
    <message>
        <location filename="../ui/forecastsettingsdialog.cpp" line="42"/>
        <source>Quotas and Currencies</source>
        <translation>Quotas et devises</translation>
    </message>
    <message>
        <location filename="../ui/forecastsettingsdialog.cpp" line="55"/>
        <location filename="../ui/forecastsettingsdialog.cpp" line="66"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../ui/forecastsettingsdialog.cpp" line="56"/>
        <source>Monthly quotas of closed-won business for</source>
        <translation>Quotas mensuels d’affaires gagnées pour</translation>
    </message>
    <message>
        <location filename="../ui/forecastsettingsdialog.cpp" line="61"/>
        <source>Quotas</source>
        <translation>Quotas</translation>
    </message>
    <message>
        <location filename="../ui/forecastsettingsdialog.cpp" line="79"/>
        <source>&amp;Quotas</source>
        <translation>&amp;Quotas</translation>
    </message>
    <message>
        <location filename="../ui/forecastsettingsdialog.cpp" line="89"/>
        <source>Report totals in</source>
        <translation>Totaux en</translation>
    </message>
    <message>
        <location filename="../ui/forecastsettingsdialog.cpp" line="92"/>
        <source>How much one unit of each currency is worth in the reporting currency. Deals in a currency without a rate are left out of the forecast.</source>
        <translation>Ce que vaut une unité de chaque devise dans la devise de référence. Les affaires dans une devise sans taux sont exclues de la prévision.</translation>
    </message>
    <message>
        <location filename="../ui/forecastsettingsdialog.cpp" line="96"/>
        <source>Exchange rates</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <location filename="../ui/forecastsettingsdialog.cpp" line="97"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../ui/forecastsettingsdialog.cpp" line="97"/>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <location filename="../ui/forecastsettingsdialog.cpp" line="103"/>
        <source>&amp;Currencies</source>
        <translation>&amp;Devises</translation>
    </message>
    <message>
        <location filename="../ui/forecastsettingsdialog.cpp" line="117"/>
        <source>Only managers and admins change quotas and rates.</source>
        <translation>Seuls les managers et les administrateurs modifient les quotas et les taux.</translation>
    </message>
    <message>
        <location filename="../ui/forecastsettingsdialog.cpp" line="212"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../ui/forecastsettingsdialog.cpp" line="229"/>
        <source>Quota of %1 for %2: %3</source>
        <translation>Quota de %1 pour %2 : %3</translation>
    </message>
    <message>
        <location filename="../ui/forecastsettingsdialog.cpp" line="255"/>
        <source>The reporting currency must be a three-letter code such as USD or EUR.</source>
        <translation>La devise de référence doit être un code à trois lettres comme USD ou EUR.</translation>
    </message>
    <message>
        <location filename="../ui/forecastsettingsdialog.cpp" line="274"/>
        <source>The rate of %1: &quot;%2&quot; is not a number above zero.</source>
        <translation>Le taux de %1 : « %2 » n’est pas un nombre supérieur à zéro.</translation>
    </message>
</context>
<context>
    <name>Stageboard::ForecastTableModel</name>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="103"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="105"/>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="125"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="129"/>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="165"/>
        <source>Cannot write the table: %1</source>
        <translation>Impossible d’écrire le tableau : %1</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="168"/>
        <source>The export was cancelled.</source>
        <translation>L’export a été annulé.</translation>
    </message>
</context>
<context>
    <name>Stageboard::ForecastTables</name>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="261"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="262"/>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="279"/>
        <source>Closed won</source>
        <translation>Gagné</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="263"/>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="264"/>
        <source>Best Case</source>
        <translation>Best Case</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="265"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="266"/>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="281"/>
        <source>Quota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="267"/>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="284"/>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="293"/>
        <source>Deals</source>
        <translation>Affaires</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="268"/>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="294"/>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="313"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="269"/>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="283"/>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="295"/>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="321"/>
        <source>Weighted</source>
        <translation>Pondéré</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="270"/>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="282"/>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="322"/>
        <source>Commit forecast</source>
        <translation>Prévision commit</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="271"/>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="280"/>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="323"/>
        <source>Best-case forecast</source>
        <translation>Prévision best case</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="272"/>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="285"/>
        <source>Attainment</source>
        <translation>Atteinte</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="278"/>
        <source>Rep</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="286"/>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="292"/>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="310"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="296"/>
        <source>Reached</source>
        <translation>Atteinte</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="297"/>
        <source>To next stage</source>
        <translation>Vers l’étape suivante</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="298"/>
        <source>Average time</source>
        <translation>Durée moyenne</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="299"/>
        <source>Configured probability</source>
        <translation>Probabilité configurée</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="300"/>
        <source>Observed probability</source>
        <translation>Probabilité observée</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="301"/>
        <source>Closed deals seen</source>
        <translation>Affaires closes observées</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="307"/>
        <source>Deal</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="308"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="309"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="311"/>
        <source>Days in stage</source>
        <translation>Jours dans l’étape</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="312"/>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="319"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="320"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="326"/>
        <source>Closed won to date</source>
        <translation>Gagné à ce jour</translation>
    </message>
</context>
<context>
    <name>Stageboard::GateEngine</name>
    <message>
        <location filename="../model/services/gateengine.cpp" line="20"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../model/services/gateengine.cpp" line="289"/>
        <source>Only an active user can sign off &quot;%1&quot;.</source>
        <translation>Seule une personne active peut valider « %1 ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is signed off by someone other than the deal&apos;s owner, and &quot;%2&quot; is %3&apos;s own deal.</source>
        <translation type="vanished">« %1 » est validé par quelqu’un d’autre que le responsable de l’affaire, et « %2 » est l’affaire de %3.</translation>
    </message>
    <message>
        <location filename="../model/services/gateengine.cpp" line="291"/>
        <source>&quot;%1&quot; must be signed off by someone other than the deal&apos;s owner, and &quot;%2&quot; is %3&apos;s own deal.</source>
        <translation>« %1 » doit être validé par quelqu’un d’autre que le responsable de l’affaire, et « %2 » est l’affaire de %3.</translation>
    </message>
    <message>
        <location filename="../model/services/gateengine.cpp" line="298"/>
        <source>Only %1 (or a manager) can sign off &quot;%2&quot;; %3 is not a member of %1.</source>
        <translation>Seul %1 (ou un manager) peut valider « %2 » ; %3 n’est pas membre de %1.</translation>
    </message>
    <message>
        <location filename="../model/services/gateengine.cpp" line="395"/>
        <source>There is no stage %1.</source>
        <translation>Il n’y a pas d’étape %1.</translation>
    </message>
    <message>
        <location filename="../model/services/gateengine.cpp" line="400"/>
        <source>&quot;%1&quot; belongs to the pipeline &quot;%2&quot;, and %3 is not one of its stages; a deal stays in its pipeline.</source>
        <translation>« %1 » appartient au pipeline « %2 », et %3 n’en est pas une étape ; une affaire reste dans son pipeline.</translation>
    </message>
    <message>
        <location filename="../model/services/gateengine.cpp" line="412"/>
        <source>&quot;%1&quot; cannot move from %2 to %3: these required criteria are not met:
%4</source>
        <translation>« %1 » ne peut pas passer de %2 à %3 : ces critères obligatoires ne sont pas remplis :
%4</translation>
    </message>
    <message>
        <location filename="../model/services/gateengine.cpp" line="418"/>
        <source>Only a manager can move &quot;%1&quot; past unmet required criteria.</source>
        <translation>Seul un manager peut faire passer « %1 » outre des critères obligatoires non remplis.</translation>
    </message>
    <message>
        <location filename="../model/services/gateengine.cpp" line="425"/>
        <source>Moving &quot;%1&quot; to %2 needs a reason.</source>
        <translation>Déplacer « %1 » vers %2 demande une raison.</translation>
    </message>
    <message>
        <location filename="../model/services/gateengine.cpp" line="461"/>
        <source>Notes: longer than %1 characters.</source>
        <translation>Notes : plus de %1 caractères.</translation>
    </message>
    <message>
        <location filename="../model/services/gateengine.cpp" line="477"/>
        <source>Moved, but these advisory criteria are not met: %1</source>
        <translation>Déplacée, mais ces critères conseillés ne sont pas remplis : %1</translation>
    </message>
    <message>
        <location filename="../model/services/gateengine.cpp" line="482"/>
        <source>Deal killer answered &quot;no&quot;: %1. Consider disqualifying the deal.</source>
        <translation>Critère éliminatoire à « non » : %1. Envisagez de disqualifier l’affaire.</translation>
    </message>
    <message>
        <location filename="../model/services/gateengine.cpp" line="485"/>
        <source>&quot;%1&quot; is open again: its close no longer awaits review (the Look-back tab keeps it under All closed deals).</source>
        <translation>« %1 » est de nouveau ouverte : sa clôture n’attend plus de revue (l’onglet Revue la garde sous « Toutes les affaires clôturées »).</translation>
    </message>
    <message>
        <location filename="../model/services/gateengine.cpp" line="490"/>
        <source>&quot;%1&quot; never reached %2, so it is recorded as Disqualified, not Closed Lost; it does not count against the win rate.</source>
        <translation>« %1 » n’a jamais atteint %2 ; elle est donc enregistrée comme Disqualifiée, non comme Perdue, et ne compte pas contre le taux de réussite.</translation>
    </message>
    <message>
        <location filename="../model/services/gateengine.cpp" line="515"/>
        <source>There is no exit criterion %1.</source>
        <translation>Il n’y a pas de critère de sortie %1.</translation>
    </message>
    <message>
        <location filename="../model/services/gateengine.cpp" line="532"/>
        <source>Rejecting the sign-off &quot;%1&quot; needs a comment saying why, for the rep to act on.</source>
        <translation>Refuser la validation « %1 » nécessite un commentaire disant pourquoi, pour que le commercial puisse agir.</translation>
    </message>
    <message>
        <source>Only %1 (or a manager) can sign off &quot;%2&quot;.</source>
        <translation type="vanished">Seul %1 (ou un manager) peut valider « %2 ».</translation>
    </message>
    <message>
        <location filename="../model/services/gateengine.cpp" line="520"/>
        <source>&quot;%1&quot; checks itself from the deal; it cannot be answered by hand.</source>
        <translation>« %1 » se vérifie seul à partir de l’affaire ; il ne se coche pas à la main.</translation>
    </message>
    <message>
        <location filename="../model/services/gateengine.cpp" line="523"/>
        <source>&quot;%1&quot; is asked only of deals of at least %2; &quot;%3&quot; does not need it.</source>
        <translation>« %1 » n’est demandé qu’aux affaires d’au moins %2 ; « %3 » n’en a pas besoin.</translation>
    </message>
    <message>
        <location filename="../model/services/gateengine.cpp" line="529"/>
        <source>&quot;%1&quot; is not a knock-out question; it is either met or not yet.</source>
        <translation>« %1 » n’est pas une question éliminatoire ; il est soit rempli, soit pas encore.</translation>
    </message>
</context>
<context>
    <name>Stageboard::GateRefusalDialog</name>
    <message>
        <location filename="../ui/movedialogs.cpp" line="28"/>
        <source>Move Refused</source>
        <translation>Déplacement refusé</translation>
    </message>
    <message>
        <location filename="../ui/movedialogs.cpp" line="48"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/movedialogs.cpp" line="50"/>
        <source>✗ %1 — %2; add it in the opportunity panel.</source>
        <translation>✗ %1 — %2 ; à ajouter dans le panneau de l’affaire.</translation>
    </message>
    <message>
        <location filename="../ui/movedialogs.cpp" line="63"/>
        <source>%1 — needs sign-off by %2</source>
        <translation>%1 — nécessite la validation de %2</translation>
    </message>
    <message>
        <source>Only %1 (or a manager) can mark this met.</source>
        <translation type="vanished">Seul %1 (ou un manager) peut marquer ce critère comme rempli.</translation>
    </message>
    <message>
        <location filename="../ui/movedialogs.cpp" line="76"/>
        <source>Tick what is met now; Move tries again once all are.</source>
        <translation>Cochez ce qui est rempli maintenant ; « Déplacer » réessaie dès que tout l’est.</translation>
    </message>
    <message>
        <location filename="../ui/movedialogs.cpp" line="89"/>
        <source>O&amp;pen Opportunity</source>
        <translation>O&amp;uvrir l’opportunité</translation>
    </message>
    <message>
        <location filename="../ui/movedialogs.cpp" line="96"/>
        <source>&amp;Move</source>
        <translation>Dé&amp;placer</translation>
    </message>
    <message>
        <location filename="../ui/movedialogs.cpp" line="108"/>
        <source>As a manager or admin you may move it anyway. Say why: the reason and the unmet criteria are kept in the stage history.</source>
        <translation>En tant que manager ou administrateur, vous pouvez la déplacer quand même. Dites pourquoi : la raison et les critères non remplis sont conservés dans l’historique des étapes.</translation>
    </message>
    <message>
        <location filename="../ui/movedialogs.cpp" line="115"/>
        <source>Reason for the override</source>
        <translation>Raison du passage outre</translation>
    </message>
    <message>
        <location filename="../ui/movedialogs.cpp" line="116"/>
        <source>Reason for the override (required)</source>
        <translation>Raison de la dérogation (obligatoire)</translation>
    </message>
    <message>
        <location filename="../ui/movedialogs.cpp" line="119"/>
        <source>&amp;Override and Move</source>
        <translation>&amp;Déroger et déplacer</translation>
    </message>
    <message>
        <location filename="../ui/movedialogs.cpp" line="131"/>
        <source>A manager or admin can move it past these criteria, giving a reason.</source>
        <translation>Un responsable ou un administrateur peut la déplacer malgré ces critères, en donnant une raison.</translation>
    </message>
    <message>
        <location filename="../ui/movedialogs.cpp" line="175"/>
        <source>Every criterion above must be met first.</source>
        <translation>Chaque critère ci-dessus doit d’abord être rempli.</translation>
    </message>
</context>
<context>
    <name>Stageboard::GuidanceModel</name>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="90"/>
        <source>There is no item in row %1.</source>
        <translation>Il n’y a pas d’élément à la ligne %1.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="103"/>
        <source>There is no such place in the list.</source>
        <translation>Cette place n’existe pas dans la liste.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="138"/>
        <source>Choose who signs the criterion off first.</source>
        <translation>Choisissez d’abord qui valide le critère.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="159"/>
        <source>from %1</source>
        <translation>dès %1</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="164"/>
        <source>re-opened by %1</source>
        <translation>rouverte par %1</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="167"/>
        <source>not by the deal&apos;s owner</source>
        <translation>pas par le responsable de l’affaire</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="181"/>
        <source>%1 done</source>
        <translation>%1 fait</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="182"/>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="260"/>
        <source>By hand</source>
        <translation>À la main</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="201"/>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="372"/>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="201"/>
        <source>Advisory</source>
        <translation>Conseillé</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="206"/>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="209"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="214"/>
        <source>Signed off by %1 on every deal.</source>
        <translation>Validé par %1, pour toute affaire.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="215"/>
        <source>Signed off by %1: %2.</source>
        <translation>Validé par %1 : %2.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="222"/>
        <source>Every deal</source>
        <translation>Toute affaire</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="239"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="247"/>
        <source>Not the owner</source>
        <translation>Pas le responsable</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="253"/>
        <source>Deal killer</source>
        <translation>Critère éliminatoire</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="370"/>
        <source>Recommended activity</source>
        <translation>Activité recommandée</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="370"/>
        <source>Exit criterion</source>
        <translation>Critère de sortie</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="372"/>
        <source>Ticked</source>
        <translation>Coché</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="374"/>
        <source>Signed off by</source>
        <translation>Validé par</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="376"/>
        <source>Knock-out</source>
        <translation>Éliminatoire</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="378"/>
        <source>Met by</source>
        <translation>Rempli par</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="380"/>
        <source>Sign-off from</source>
        <translation>Validation dès</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="382"/>
        <source>Re-opened by</source>
        <translation>Rouverte par</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="384"/>
        <source>Owner excluded</source>
        <translation>Responsable exclu</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="vanished">Vérifié</translation>
    </message>
</context>
<context>
    <name>Stageboard::ImportDialog</name>
    <message>
        <location filename="../ui/importdialog.cpp" line="49"/>
        <source>Import Opportunities from %1</source>
        <translation>Importer des opportunités depuis %1</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="54"/>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="54"/>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="54"/>
        <source>Import as</source>
        <translation>Importer comme</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="62"/>
        <source>Stage in the file</source>
        <translation>Étape dans le fichier</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="62"/>
        <source>Stage here</source>
        <translation>Étape ici</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="73"/>
        <source>Check the file to see any rows that cannot be imported.</source>
        <translation>Vérifiez le fichier pour voir les lignes qui ne peuvent pas être importées.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="76"/>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="77"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="84"/>
        <source>How the file&apos;s columns become opportunities:</source>
        <translation>Comment les colonnes du fichier deviennent des opportunités :</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="86"/>
        <source>How its stages map onto this process:</source>
        <translation>Comment ses étapes correspondent à ce processus :</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="101"/>
        <location filename="../ui/importdialog.cpp" line="209"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="106"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="107"/>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="124"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="183"/>
        <source>(choose a stage)</source>
        <translation>(choisir une étape)</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="210"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="210"/>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="210"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="230"/>
        <source>Changed: %1</source>
        <translation>Modifié : %1</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="232"/>
        <source>New accounts: %1</source>
        <translation>Nouveaux comptes : %1</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="235"/>
        <source>New owners: %1</source>
        <translation>Nouveaux responsables : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importdialog.cpp" line="237"/>
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%n ligne lue.</numerusform>
            <numerusform>%n lignes lues.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="239"/>
        <source>Every row can be imported.</source>
        <translation>Chaque ligne peut être importée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importdialog.cpp" line="240"/>
        <source>%n row(s) cannot be imported as they are.</source>
        <translation>
            <numerusform>%n ligne ne peut pas être importée telle quelle.</numerusform>
            <numerusform>%n lignes ne peuvent pas être importées telles quelles.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="244"/>
        <source>Choose the stage &quot;%1&quot; means in the highlighted row above.</source>
        <translation>Choisissez dans la ligne en surbrillance ci-dessus l’étape que désigne « %1 ».</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="293"/>
        <source>No row can be imported as it is; see the list.</source>
        <translation>Aucune ligne ne peut être importée telle quelle ; voir la liste.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importdialog.cpp" line="298"/>
        <source>%n row(s) cannot be imported (see the list).</source>
        <translation>
            <numerusform>%n ligne ne peut pas être importée (voir la liste).</numerusform>
            <numerusform>%n lignes ne peuvent pas être importées (voir la liste).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importdialog.cpp" line="300"/>
        <source>Import the other %n row(s) and skip them?</source>
        <translation>
            <numerusform>Importer l’autre ligne (%n) et ignorer les autres ?</numerusform>
            <numerusform>Importer les %n autres lignes et ignorer celles-ci ?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="316"/>
        <source>The file names accounts and owners this database does not have yet: %1 and %2. Create them?</source>
        <translation>Le fichier cite des comptes et des responsables que cette base n’a pas encore : %1 et %2. Les créer ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importdialog.cpp" line="310"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n compte</numerusform>
            <numerusform>%n comptes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importdialog.cpp" line="312"/>
        <source>%n owner(s)</source>
        <translation>
            <numerusform>%n responsable</numerusform>
            <numerusform>%n responsables</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="277"/>
        <source>The file cannot be imported.</source>
        <translation>Le fichier ne peut pas être importé.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="292"/>
        <location filename="../ui/importdialog.cpp" line="297"/>
        <location filename="../ui/importdialog.cpp" line="314"/>
        <location filename="../ui/importdialog.cpp" line="327"/>
        <location filename="../ui/importdialog.cpp" line="338"/>
        <location filename="../ui/importdialog.cpp" line="339"/>
        <source>Import Opportunities</source>
        <translation>Importer des opportunités</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="319"/>
        <source>The file names %1 this database does not have yet. Create them?</source>
        <translation>Le fichier nomme %1 que cette base n’a pas encore. Les créer ?</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="328"/>
        <source>Nothing was imported: %1</source>
        <translation>Rien n’a été importé : %1</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="332"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>L’import a été annulé ; rien n’a été importé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importdialog.cpp" line="340"/>
        <source>Imported %n opportunity(ies).</source>
        <translation>
            <numerusform>%n opportunité importée.</numerusform>
            <numerusform>%n opportunités importées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stageboard::Influence</name>
    <message>
        <location filename="../model/core/types.cpp" line="152"/>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../model/core/types.cpp" line="153"/>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../model/core/types.cpp" line="154"/>
        <source>High</source>
        <translation>Forte</translation>
    </message>
</context>
<context>
    <name>Stageboard::KeychainPasswordStore</name>
    <message>
        <location filename="../ui/passwordstore.cpp" line="81"/>
        <source>There is no keyring on this desktop to keep the password in; Stageboard will ask for it each time.</source>
        <translation>Ce bureau n’a pas de trousseau où garder le mot de passe ; Stageboard le demandera à chaque fois.</translation>
    </message>
    <message>
        <location filename="../ui/passwordstore.cpp" line="90"/>
        <source>The keyring did not answer; the password was not kept.</source>
        <translation>Le trousseau n’a pas répondu ; le mot de passe n’a pas été conservé.</translation>
    </message>
    <message>
        <location filename="../ui/passwordstore.cpp" line="92"/>
        <source>The keyring did not keep the password: %1</source>
        <translation>Le trousseau n’a pas conservé le mot de passe : %1</translation>
    </message>
</context>
<context>
    <name>Stageboard::LegendDialog</name>
    <message>
        <location filename="../ui/legenddialog.cpp" line="30"/>
        <source>Onboarding package for the northern plants</source>
        <translation>Pack d’intégration pour les usines du nord</translation>
    </message>
    <message>
        <location filename="../ui/legenddialog.cpp" line="42"/>
        <source>Customer&apos;s board approved the budget</source>
        <translation>Le conseil du client a approuvé le budget</translation>
    </message>
    <message>
        <location filename="../ui/legenddialog.cpp" line="63"/>
        <source>Card Legend</source>
        <translation>Légende des cartes</translation>
    </message>
    <message>
        <location filename="../ui/legenddialog.cpp" line="70"/>
        <source>&lt;b&gt;Title&lt;/b&gt; on up to two lines, then the account and the owner.</source>
        <translation>&lt;b&gt;Titre&lt;/b&gt; sur deux lignes au plus, puis le compte et le responsable.</translation>
    </message>
    <message>
        <location filename="../ui/legenddialog.cpp" line="71"/>
        <source>&lt;b&gt;✓ 4/6&lt;/b&gt;: recommended activities of the stage done, of all.</source>
        <translation>&lt;b&gt;✓ 4/6&lt;/b&gt; : activités recommandées de l’étape faites, sur le total.</translation>
    </message>
    <message>
        <location filename="../ui/legenddialog.cpp" line="72"/>
        <source>&lt;b&gt;Amount&lt;/b&gt; and &lt;b&gt;close date&lt;/b&gt;; the date is &lt;span style=&quot;color:%1&quot;&gt;orange&lt;/span&gt; once it has passed.</source>
        <translation>&lt;b&gt;Montant&lt;/b&gt; et &lt;b&gt;date de conclusion&lt;/b&gt; ; la date est &lt;span style=&quot;color:%1&quot;&gt;orange&lt;/span&gt; une fois passée.</translation>
    </message>
    <message>
        <location filename="../ui/legenddialog.cpp" line="75"/>
        <source>&lt;b&gt;41 d&lt;/b&gt;: days in the stage; &lt;span style=&quot;color:%1&quot;&gt;orange, with an orange edge&lt;/span&gt;, when the deal stalled, longer in the stage than its limit.</source>
        <translation>&lt;b&gt;41 j&lt;/b&gt; : jours dans l’étape ; &lt;span style=&quot;color:%1&quot;&gt;orange, avec un bord orange&lt;/span&gt;, quand l’affaire est au point mort, plus longtemps dans l’étape que sa limite.</translation>
    </message>
    <message>
        <location filename="../ui/legenddialog.cpp" line="78"/>
        <source>&lt;span style=&quot;color:%1&quot;&gt;●&lt;/span&gt; Red dot: a required exit criterion is not met; the deal cannot move on until it is (a manager may override).</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;●&lt;/span&gt; Point rouge : un critère de sortie obligatoire n’est pas rempli ; l’affaire ne peut avancer tant qu’il ne l’est pas (un manager peut passer outre).</translation>
    </message>
    <message>
        <location filename="../ui/legenddialog.cpp" line="81"/>
        <source>&lt;span style=&quot;color:%1&quot;&gt;●&lt;/span&gt; Next activity: red overdue, &lt;span style=&quot;color:%2&quot;&gt;green&lt;/span&gt; due today, grey planned later; an &lt;span style=&quot;color:%3&quot;&gt;orange ring&lt;/span&gt; when none is planned.</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;●&lt;/span&gt; Prochaine activité : rouge en retard, &lt;span style=&quot;color:%2&quot;&gt;vert&lt;/span&gt; prévue aujourd’hui, gris prévue plus tard ; un &lt;span style=&quot;color:%3&quot;&gt;anneau orange&lt;/span&gt; quand rien n’est prévu.</translation>
    </message>
    <message>
        <location filename="../ui/legenddialog.cpp" line="85"/>
        <source>&lt;b&gt;⚑&lt;/b&gt; Flag: a manager or admin moved the deal into this stage by an override, past unmet required criteria; its tool tip gives the reason.</source>
        <translation>&lt;b&gt;⚑&lt;/b&gt; Drapeau : un responsable ou un administrateur a déplacé l’affaire dans cette étape par dérogation, malgré des critères obligatoires non remplis ; l’infobulle en donne le motif.</translation>
    </message>
    <message>
        <location filename="../ui/legenddialog.cpp" line="87"/>
        <source>Closed deals show why they closed instead of the days; a deal lost before it was qualified says &lt;b&gt;Disqualified&lt;/b&gt;.</source>
        <translation>Les affaires closes montrent la raison de leur clôture au lieu des jours ; une affaire perdue avant sa qualification indique &lt;b&gt;Disqualifiée&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/legenddialog.cpp" line="89"/>
        <source>Text matching the filter is highlighted. Point at a marker for its tool tip.</source>
        <translation>Le texte correspondant au filtre est surligné. Pointez un repère pour son info-bulle.</translation>
    </message>
</context>
<context>
    <name>Stageboard::LookBackService</name>
    <message>
        <location filename="../model/services/lookback.cpp" line="71"/>
        <source>Only a manager or an admin removes a competitor from the list.</source>
        <translation>Seul un manager ou un administrateur retire un concurrent de la liste.</translation>
    </message>
    <message>
        <location filename="../model/services/lookback.cpp" line="108"/>
        <source>Only a manager or an admin reviews a closed deal; %1 is not one.</source>
        <translation>Seul un manager ou un administrateur revoit une affaire clôturée ; %1 n’en est pas un.</translation>
    </message>
    <message>
        <location filename="../model/services/lookback.cpp" line="109"/>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <location filename="../model/services/lookback.cpp" line="126"/>
        <source>Deal %1 was never closed in Stageboard, so there is nothing to review.</source>
        <translation>L’affaire %1 n’a jamais été clôturée dans Stageboard ; il n’y a rien à revoir.</translation>
    </message>
</context>
<context>
    <name>Stageboard::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="96"/>
        <location filename="../ui/mainwindow.cpp" line="1219"/>
        <source>Stageboard</source>
        <translation>Stageboard</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="98"/>
        <source>Board and forecast</source>
        <translation>Tableau et prévisions</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="118"/>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <location filename="../ui/mainwindow.cpp" line="583"/>
        <location filename="../ui/mainwindow.cpp" line="1300"/>
        <source>Board</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="134"/>
        <source>&amp;Clear Filter</source>
        <translation>&amp;Effacer le filtre</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="143"/>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="144"/>
        <source>Win/Loss</source>
        <translation>Gagnées/Perdues</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="148"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="170"/>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="176"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="179"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="189"/>
        <source>Coming due: %1</source>
        <translation>Bientôt dû : %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="225"/>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="344"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="346"/>
        <source>&amp;New Database…</source>
        <translation>&amp;Nouvelle base…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="349"/>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="351"/>
        <source>&amp;Connect to Shared Database…</source>
        <translation>Se &amp;connecter à une base partagée…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="363"/>
        <source>&amp;Import Opportunities…</source>
        <translation>&amp;Importer des opportunités…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="367"/>
        <source>&amp;Export Opportunities…</source>
        <translation>&amp;Exporter les opportunités…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="371"/>
        <source>Export Stage &amp;History…</source>
        <translation>Exporter l’&amp;historique des étapes…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="375"/>
        <source>Export &amp;Forecast…</source>
        <translation>Exporter la &amp;prévision…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="383"/>
        <source>Export &amp;Stakeholders…</source>
        <translation>Exporter les parties pren&amp;antes…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="387"/>
        <source>Export &amp;Activities…</source>
        <translation>Exporter les acti&amp;vités…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="392"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="395"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="396"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="398"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="404"/>
        <source>&amp;New Opportunity…</source>
        <translation>&amp;Nouvelle opportunité…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="407"/>
        <source>&amp;Edit Opportunity…</source>
        <translation>&amp;Modifier l’opportunité…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="412"/>
        <source>&amp;Delete Opportunity</source>
        <translation>&amp;Supprimer l’opportunité</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="418"/>
        <source>Move to Ne&amp;xt Stage</source>
        <translation>Passer à l’étape su&amp;ivante</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="421"/>
        <source>Move to Pre&amp;vious Stage</source>
        <translation>Revenir à l’étape &amp;précédente</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="424"/>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="430"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="432"/>
        <source>&amp;Opportunity Panel</source>
        <translation>Panneau d’&amp;opportunité</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="437"/>
        <source>&amp;Board</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="439"/>
        <source>&amp;Forecast</source>
        <translation>&amp;Prévision</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="442"/>
        <source>&amp;Win/Loss</source>
        <translation>&amp;Gagnées/Perdues</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="446"/>
        <location filename="../ui/mainwindow.cpp" line="1379"/>
        <source>&amp;Sort Cards By</source>
        <translation>&amp;Trier les cartes par</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="465"/>
        <source>&amp;Compact Cards</source>
        <translation>Cartes &amp;compactes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="474"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Agrandir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="476"/>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Réduire</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="478"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="482"/>
        <source>Card &amp;Legend…</source>
        <translation>&amp;Légende des cartes…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="489"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="499"/>
        <source>The System&apos;s Language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="510"/>
        <source>The new language is used from the next start of Stageboard.</source>
        <translation>La nouvelle langue s’applique au prochain démarrage de Stageboard.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="514"/>
        <source>F&amp;orecast</source>
        <translation>Pré&amp;vision</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="515"/>
        <source>&amp;Quotas and Currencies…</source>
        <translation>&amp;Quotas et devises…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="516"/>
        <source>Take &amp;Snapshot</source>
        <translation>Prendre un &amp;instantané</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="520"/>
        <source>Today&apos;s forecast was recorded.</source>
        <translation>La prévision du jour a été enregistrée.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="523"/>
        <source>Export Dashboard as &amp;PDF…</source>
        <translation>Exporter le tableau de bord en &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="527"/>
        <source>Export &amp;Win/Loss as PDF…</source>
        <translation>Exporter &amp;gagnées/perdues en PDF…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="531"/>
        <source>&amp;Print Dashboard…</source>
        <translation>&amp;Imprimer le tableau de bord…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="537"/>
        <source>&amp;Process</source>
        <translation>Pro&amp;cessus</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="538"/>
        <source>Edit Sales &amp;Process…</source>
        <translation>Modifier le &amp;processus de vente…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="540"/>
        <source>&amp;Users and Roles…</source>
        <translation>&amp;Utilisateurs et rôles…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="542"/>
        <source>&amp;Team Roles…</source>
        <translation>Rôles d’é&amp;quipe…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="544"/>
        <source>Te&amp;rritories…</source>
        <translation>Te&amp;rritoires…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="546"/>
        <source>&amp;Buying Roles…</source>
        <translation>Rôles d’&amp;achat…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="555"/>
        <source>&amp;Competitors…</source>
        <translation>&amp;Concurrents…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="562"/>
        <source>Stage &amp;Guide…</source>
        <translation>&amp;Guide des étapes…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="568"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="569"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="571"/>
        <source>&amp;Stage Guide…</source>
        <translation>&amp;Guide des étapes…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="573"/>
        <source>&amp;Welcome Tour</source>
        <translation>&amp;Visite de bienvenue</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="576"/>
        <source>&amp;About Stageboard</source>
        <translation>À &amp;propos de Stageboard</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="577"/>
        <source>About Stageboard</source>
        <translation>À propos de Stageboard</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="578"/>
        <source>&lt;h3&gt;Stageboard %1&lt;/h3&gt;&lt;p&gt;Your sales process as a board: stages with guidance, gates and a full ledger of every move.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Stageboard %1&lt;/h3&gt;&lt;p&gt;Votre processus de vente en tableau : des étapes avec leurs consignes, leurs portes et un registre complet de chaque déplacement.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="590"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="591"/>
        <source>The pipeline the board shows; each has its own stages.</source>
        <translation>Le pipeline affiché par le tableau ; chacun a ses propres étapes.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="602"/>
        <source>Filter by title, account, contact or next step</source>
        <translation>Filtrer par titre, compte, contact ou prochaine étape</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="608"/>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="613"/>
        <source>Owner filter</source>
        <translation>Filtre par responsable</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="629"/>
        <source>&amp;My Deals</source>
        <translation>&amp;Mes affaires</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="633"/>
        <source>Only the deals of the person acting (%1)</source>
        <translation>Seulement les affaires de la personne qui agit (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="642"/>
        <source>Nothing Planned</source>
        <translation>Rien de prévu</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="645"/>
        <source>Only the open deals with no activity planned (the cards with an orange ring): each needs its next step</source>
        <translation>Uniquement les affaires ouvertes sans activité prévue (les cartes à l’anneau orange) : chacune a besoin de sa prochaine étape</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="651"/>
        <source>Acting as </source>
        <translation>Agit en tant que </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="654"/>
        <source>Acting as</source>
        <translation>Agit en tant que</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="712"/>
        <source>No shared database was chosen.</source>
        <translation>Aucune base partagée n’a été choisie.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="767"/>
        <source>The database was upgraded; the previous version was saved as %1.</source>
        <translation>La base a été mise à niveau ; la version précédente a été sauvegardée sous %1.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="897"/>
        <source>The board</source>
        <translation>Le tableau</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="898"/>
        <source>Each column is a stage of the sales process, with its totals. Drag a card to another column to move the deal: the stage&apos;s gate checks its exit criteria first. Right-click a card or a column header for more.</source>
        <translation>Chaque colonne est une étape du processus de vente, avec ses totaux. Faites glisser une carte vers une autre colonne pour déplacer l’affaire : le passage de l’étape vérifie d’abord ses critères de sortie. Un clic droit sur une carte ou un en-tête de colonne en propose davantage.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="902"/>
        <source>The opportunity panel</source>
        <translation>Le panneau d’opportunité</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1004"/>
        <source>Define your company&apos;s own roles (Legal, Plant manager, …) and who holds them</source>
        <translation>Définir les rôles propres à votre entreprise (juridique, directeur d’usine, …) et qui les tient</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1005"/>
        <source>Only an admin can change the team roles: act as an admin (toolbar, Acting as).</source>
        <translation>Seul un administrateur peut modifier les rôles d’équipe : agissez en tant qu’administrateur (barre d’outils, Agir en tant que).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1007"/>
        <source>Arrange the territories, their owners and rules, and the tiers&apos; contact intervals</source>
        <translation>Organiser les territoires, leurs responsables et leurs règles, et les intervalles de contact des niveaux</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1008"/>
        <source>Only an admin can change the territories: act as an admin (toolbar, Acting as).</source>
        <translation>Seul un admin peut modifier les territoires : agissez en tant qu’admin (barre d’outils, Agir en tant que).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1010"/>
        <source>Add, rename or remove the roles a stakeholder can have (Champion, …)</source>
        <translation>Ajouter, renommer ou retirer les rôles qu’une partie prenante peut avoir (champion, …)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1011"/>
        <source>Only an admin can change the buying roles: act as an admin (toolbar, Acting as).</source>
        <translation>Seul un administrateur peut changer les rôles d’achat : agissez en administrateur (barre d’outils, Agir en tant que).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1208"/>
        <source>%Ln opportunity(ies) · %1</source>
        <translation>
            <numerusform>%Ln opportunité · %1</numerusform>
            <numerusform>%Ln opportunités · %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1209"/>
        <source>%1 of %Ln opportunity(ies) shown · %2</source>
        <translation>
            <numerusform>%1 sur %Ln opportunité affichée · %2</numerusform>
            <numerusform>%1 sur %Ln opportunités affichées · %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="913"/>
        <source>The forecast</source>
        <translation>Les prévisions</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="914"/>
        <source>The Forecast tab charts what will close, by period, stage and rep, against quota, with the win rates observed from closed deals.</source>
        <translation>L’onglet Prévision montre en graphiques ce qui va se conclure, par période, étape et commercial, face au quota, avec les taux de réussite observés sur les affaires closes.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="917"/>
        <source>Welcome to Stageboard</source>
        <translation>Bienvenue dans Stageboard</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="918"/>
        <source>This is a demo pipeline of made-up deals: try anything, Edit ▸ Undo takes it back. File ▸ New Database starts your own. Help ▸ Welcome Tour shows this again.</source>
        <translation>Ceci est un pipeline de démonstration aux affaires inventées : essayez tout, Édition ▸ Annuler revient en arrière. Fichier ▸ Nouvelle base crée la vôtre. Aide ▸ Visite de bienvenue affiche ceci à nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1000"/>
        <source>Only an admin can change the sales process: act as an admin (toolbar, Acting as).</source>
        <translation>Seul un administrateur peut modifier le processus de vente : agissez en tant qu’administrateur (barre d’outils, « Agir en tant que »).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1001"/>
        <source>Add people, change their roles, deactivate those who left</source>
        <translation>Ajouter des personnes, changer leurs rôles, désactiver celles qui sont parties</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1002"/>
        <source>Only an admin can change users and roles: act as an admin (toolbar, Acting as).</source>
        <translation>Seul un administrateur peut modifier les utilisateurs et les rôles : agissez en tant qu’administrateur (barre d’outils, « Agir en tant que »).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="756"/>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="798"/>
        <source>The sales process was changed by an admin.</source>
        <translation>Un administrateur a modifié le processus de vente.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="870"/>
        <source>%1 on %2 — Stageboard</source>
        <translation>%1 sur %2 — Stageboard</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="871"/>
        <source>%1 — Stageboard</source>
        <translation>%1 — Stageboard</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="974"/>
        <source>Select a card to move first.</source>
        <translation>Sélectionnez d’abord une carte à déplacer.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="980"/>
        <source>&quot;%1&quot; is closed; move it back to reopen it.</source>
        <translation>« %1 » est close ; ramenez-la en arrière pour la rouvrir.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="981"/>
        <source>&quot;%1&quot; is in the first stage.</source>
        <translation>« %1 » est à la première étape.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="999"/>
        <source>Edit the stages, checklists and gates of the process</source>
        <translation>Modifier les étapes, les listes de contrôle et les portes du processus</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="621"/>
        <location filename="../ui/mainwindow.cpp" line="1105"/>
        <source>All owners</source>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1121"/>
        <source>%1 (inactive)</source>
        <translation>%1 (inactif)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1120"/>
        <location filename="../ui/mainwindow.cpp" line="1135"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="903"/>
        <source>Double-click a card, or select it and press Enter: its panel opens on the right with the stage&apos;s guidance, the activities to tick, the exit criteria and the deal&apos;s history. Ctrl+I shows or hides it.</source>
        <translation>Double-cliquez sur une carte, ou sélectionnez-la et appuyez sur Entrée : son panneau s’ouvre à droite avec le guide de l’étape, les activités à cocher, les critères de sortie et l’historique de l’affaire. Ctrl+I l’affiche ou le masque.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1120"/>
        <source>no. %1</source>
        <translation>nº %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1151"/>
        <source>You signed in to the server as this person; the server lets you act only as yourself.</source>
        <translation>Vous vous êtes connecté au serveur en tant que cette personne ; le serveur ne vous laisse agir qu’en votre nom.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1153"/>
        <source>Who moves, edits and signs off: the gates and sign-offs follow this person&apos;s role.</source>
        <translation>Qui déplace, modifie et valide : les portes et validations suivent le rôle de cette personne.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1180"/>
        <source>No opportunities in this pipeline yet</source>
        <translation>Pas encore d’opportunités dans ce pipeline</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1181"/>
        <source>Add the first one, or import them from Salesforce, HubSpot or Pipedrive. An admin can first shape the stages and add the team.</source>
        <translation>Ajoutez la première, ou importez-les depuis Salesforce, HubSpot ou Pipedrive. Un administrateur peut d’abord façonner les étapes et ajouter l’équipe.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1187"/>
        <source>No opportunity of %1 in this pipeline</source>
        <translation>Aucune opportunité de %1 dans ce pipeline</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1188"/>
        <source>No opportunity matches &quot;%1&quot;</source>
        <translation>Aucune opportunité ne correspond à « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1190"/>
        <source>Only %1&apos;s opportunities are searched.</source>
        <translation>Seules les opportunités de %1 sont parcourues.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1191"/>
        <source>The filter looks in titles, accounts, contacts and next steps.</source>
        <translation>Le filtre cherche dans les titres, comptes, contacts et prochaines étapes.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1228"/>
        <source>Not connected to %1: the server does not answer. Nothing can be changed until it is back; everything saved is kept. Trying again every few seconds…</source>
        <translation>Non connecté à %1 : le serveur ne répond pas. Rien ne peut être modifié avant son retour ; tout ce qui est enregistré est conservé. Nouvel essai toutes les quelques secondes…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1253"/>
        <source>Connected again to %1; the board shows every change made meanwhile.</source>
        <translation>De nouveau connecté à %1 ; le tableau montre chaque changement fait entre-temps.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1262"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1266"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1266"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1266"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1295"/>
        <source>Next or previous column</source>
        <translation>Colonne suivante ou précédente</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1295"/>
        <source>Left, Right</source>
        <translation>Gauche, Droite</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1296"/>
        <source>Open the selected card</source>
        <translation>Ouvrir la carte sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1296"/>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1335"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1336"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1338"/>
        <source>&amp;Move To</source>
        <translation>&amp;Déplacer vers</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1346"/>
        <source>Mark &amp;Won…</source>
        <translation>Marquer &amp;gagnée…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1353"/>
        <source>Mark &amp;Lost…</source>
        <translation>Marquer &amp;perdue…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1359"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1373"/>
        <source>&amp;New Opportunity Here…</source>
        <translation>&amp;Nouvelle opportunité ici…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1376"/>
        <source>E&amp;xpand</source>
        <translation>Dé&amp;plier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1376"/>
        <source>&amp;Collapse</source>
        <translation>&amp;Replier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1431"/>
        <source>Edit &quot;%1&quot;</source>
        <translation>Modifier « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1444"/>
        <source>&quot;%1&quot; was deleted elsewhere while you edited it; your edit was not saved.</source>
        <translation>« %1 » a été supprimée ailleurs pendant que vous la modifiiez ; votre modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1455"/>
        <source>Your edit of &quot;%1&quot; was discarded; the board shows it as saved elsewhere.</source>
        <translation>Votre modification de « %1 » a été abandonnée ; le tableau l’affiche telle qu’enregistrée ailleurs.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1472"/>
        <source>Delete Opportunity</source>
        <translation>Supprimer l’opportunité</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1473"/>
        <source>Delete &quot;%1&quot;? Its stage history is kept, and Undo (%2) brings it back.</source>
        <translation>Supprimer « %1 » ? Son historique des étapes est conservé, et Annuler (%2) la ramène.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1487"/>
        <source>Open Database</source>
        <translation>Ouvrir une base</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1488"/>
        <source>Stageboard databases (%1);;All files (*)</source>
        <translation>Bases Stageboard (%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1498"/>
        <location filename="../ui/mainwindow.cpp" line="1506"/>
        <source>New Database</source>
        <translation>Nouvelle base</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1499"/>
        <source>Stageboard databases (%1)</source>
        <translation>Bases Stageboard (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1503"/>
        <source>%1 already exists. Choose a new file name, or open it instead.</source>
        <translation>%1 existe déjà. Choisissez un nouveau nom de fichier, ou ouvrez-la.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1507"/>
        <source>Fill the new database with demo opportunities?</source>
        <translation>Remplir la nouvelle base avec des opportunités de démonstration ?</translation>
    </message>
</context>
<context>
    <name>Stageboard::MoveResolver</name>
    <message>
        <location filename="../ui/moveresolver.cpp" line="26"/>
        <source>&quot;%1&quot; — %2</source>
        <translation>« %1 » — %2</translation>
    </message>
    <message>
        <location filename="../ui/moveresolver.cpp" line="70"/>
        <source>It never reached %1, so it will be recorded as Disqualified, not Closed Lost, and will not count against the win rate.</source>
        <translation>Elle n’a jamais atteint %1 ; elle sera donc enregistrée comme Disqualifiée, non comme Perdue, et ne comptera pas contre le taux de réussite.</translation>
    </message>
    <message>
        <location filename="../ui/moveresolver.cpp" line="102"/>
        <location filename="../ui/moveresolver.cpp" line="109"/>
        <source>Move Refused</source>
        <translation>Déplacement refusé</translation>
    </message>
</context>
<context>
    <name>Stageboard::OpportunityDialog</name>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="33"/>
        <source>Edit Opportunity</source>
        <translation>Modifier l’opportunité</translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="33"/>
        <source>New Opportunity</source>
        <translation>Nouvelle opportunité</translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="52"/>
        <source>Existing or new account</source>
        <translation>Compte existant ou nouveau</translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="67"/>
        <source>As the board shows it or plain: %1, %2 or %3</source>
        <translation>Comme sur le tableau ou tel quel : %1, %2 ou %3</translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="88"/>
        <source>Pick…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="90"/>
        <source>Pick the close date from a calendar</source>
        <translation>Choisir la date de conclusion dans un calendrier</translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="116"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="122"/>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="138"/>
        <source>As the stage says (%1)</source>
        <translation>Comme le dit l’étape (%1)</translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="165"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="166"/>
        <source>&amp;Account:</source>
        <translation>&amp;Compte :</translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="172"/>
        <source>A&amp;mount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="175"/>
        <source>&amp;Close date:</source>
        <translation>Date de c&amp;lôture :</translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="178"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="179"/>
        <source>&amp;Stage:</source>
        <translation>É&amp;tape :</translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="180"/>
        <source>&amp;Forecast category:</source>
        <translation>Catégorie de pré&amp;vision :</translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="220"/>
        <source>Title: %1</source>
        <translation>Titre : %1</translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="222"/>
        <source>Account: %1</source>
        <translation>Compte : %1</translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="225"/>
        <source>Amount: %1</source>
        <translation>Montant : %1</translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="229"/>
        <source>Currency: &quot;%1&quot; is not a three-letter ISO code such as USD or EUR.</source>
        <translation>Devise : « %1 » n’est pas un code ISO à trois lettres comme USD ou EUR.</translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="234"/>
        <location filename="../ui/opportunitydialog.cpp" line="236"/>
        <source>Close date: %1</source>
        <translation>Date de clôture : %1</translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="294"/>
        <source>The close date %1 is in the past. Keep it?</source>
        <translation>La date de conclusion %1 est passée. La garder ?</translation>
    </message>
</context>
<context>
    <name>Stageboard::OpportunityPanel</name>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="82"/>
        <location filename="../ui/opportunitypanel.cpp" line="245"/>
        <source>Opportunity details</source>
        <translation>Détails de l’opportunité</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="102"/>
        <source>Recommended activities</source>
        <translation>Activités recommandées</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="106"/>
        <source>Tick what is done; double-click to add a note.</source>
        <translation>Cochez ce qui est fait ; double-cliquez pour ajouter une note.</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="110"/>
        <location filename="../ui/opportunitypanel.cpp" line="550"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="116"/>
        <location filename="../ui/opportunitypanel.cpp" line="119"/>
        <source>Exit criteria</source>
        <translation>Critères de sortie</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="130"/>
        <source>Disqualify…</source>
        <translation>Disqualifier…</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="141"/>
        <source>What happens next, and when</source>
        <translation>Ce qui se passe ensuite, et quand</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="152"/>
        <location filename="../ui/opportunitypanel.cpp" line="240"/>
        <source>Stage history</source>
        <translation>Historique des étapes</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="173"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="140"/>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="143"/>
        <source>next step</source>
        <translation>prochaine étape</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="144"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="145"/>
        <source>Who you deal with at the account</source>
        <translation>Votre interlocuteur dans le compte</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="147"/>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="161"/>
        <source>Sign-offs</source>
        <translation>Validations</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="164"/>
        <source>Sign-off log</source>
        <translation>Journal des validations</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="177"/>
        <source>Move to the next stage</source>
        <translation>Passer à l’étape suivante</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="218"/>
        <source>Next step:</source>
        <translation>Prochaine étape :</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="219"/>
        <source>Contact:</source>
        <translation>Contact :</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="232"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="234"/>
        <source>Buying group</source>
        <translation>Groupe d’achat</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="236"/>
        <source>Competitors</source>
        <translation>Concurrents</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="253"/>
        <source>Double-click a card, or select it and press Enter, to see its stage guidance, checklist and history here.</source>
        <translation>Double-cliquez sur une carte, ou sélectionnez-la et appuyez sur Entrée, pour voir ici ses consignes d’étape, sa liste de contrôle et son historique.</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="343"/>
        <source>%1 · owner %2
%3 · closes %4 · %5 % probability</source>
        <translation>%1 · responsable %2
%3 · clôture %4 · probabilité %5 %</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="351"/>
        <source>Stage: %1 · owner: %2</source>
        <translation>Étape : %1 · responsable : %2</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="352"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="354"/>
        <source>Goal: %1</source>
        <translation>Objectif : %1</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="357"/>
        <source>Recommended activities (%1/%2)</source>
        <translation>Activités recommandées (%1/%2)</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="377"/>
        <source>A deal killer was answered no: %1. Consider disqualifying the deal.</source>
        <translation>Un critère éliminatoire a reçu la réponse non : %1. Envisagez de disqualifier l’affaire.</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="401"/>
        <source>Move to %1</source>
        <translation>Déplacer vers %1</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="429"/>
        <source>Re-opened: %1 changed from %2 to %3; to be signed off again</source>
        <translation>Rouverte : %1 passé de %2 à %3 ; à valider de nouveau</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="425"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="432"/>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="436"/>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="473"/>
        <source>created</source>
        <translation>créée</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="475"/>
        <source>imported</source>
        <translation>importée</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="477"/>
        <source>disqualified</source>
        <translation>disqualifiée</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="483"/>
        <source>override: %1 (unmet: %2)</source>
        <translation>dérogation : %1 (non remplis : %2)</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="488"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="490"/>
        <source>%1, by %2</source>
        <translation>%1, par %2</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="439"/>
        <location filename="../ui/opportunitypanel.cpp" line="495"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="519"/>
        <source>The %1 of &quot;%2&quot; was changed elsewhere to &quot;%3&quot; meanwhile; yours (&quot;%4&quot;) was not saved.</source>
        <translation>Le champ « %1 » de « %2 » a été modifié ailleurs entre-temps en « %3 » ; le vôtre (« %4 ») n’a pas été enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="535"/>
        <source>Met</source>
        <translation>Rempli</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="538"/>
        <source>Not Yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="542"/>
        <source>No — a Deal Killer</source>
        <translation>Non — critère éliminatoire</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="547"/>
        <source>Note…</source>
        <translation>Note…</translation>
    </message>
</context>
<context>
    <name>Stageboard::PdfWriter</name>
    <message>
        <location filename="../ui/pdfwriter.cpp" line="15"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Stageboard::PlanActivityDialog</name>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="68"/>
        <source>Objective: %1</source>
        <translation>Objectif : %1</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="71"/>
        <source>Questions to ask:</source>
        <translation>Questions à poser :</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="75"/>
        <source>Objections expected:</source>
        <translation>Objections attendues :</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="86"/>
        <source>Plan Activity</source>
        <translation>Planifier une activité</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="93"/>
        <source>Opportunity:</source>
        <translation>Opportunité :</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="99"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="102"/>
        <source>What it is about, e.g. Follow-up call</source>
        <translation>De quoi il s’agit, p. ex. Appel de relance</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="103"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="113"/>
        <source>&amp;Due:</source>
        <translation>&amp;Échéance :</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="118"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="119"/>
        <source>&amp;Length:</source>
        <translation>&amp;Durée :</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="122"/>
        <source>Call plan</source>
        <translation>Plan d’appel</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="128"/>
        <source>What the call should achieve, e.g. agree on a pilot</source>
        <translation>Ce que l’appel doit obtenir, p. ex. convenir d’un pilote</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="129"/>
        <source>&amp;Objective:</source>
        <translation>&amp;Objectif :</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="130"/>
        <source>One question a line</source>
        <translation>Une question par ligne</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="131"/>
        <source>&amp;Questions to ask:</source>
        <translation>&amp;Questions à poser :</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="133"/>
        <source>One objection a line</source>
        <translation>Une objection par ligne</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="134"/>
        <source>Ob&amp;jections expected:</source>
        <translation>Ob&amp;jections attendues :</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="135"/>
        <source>Use the Stage&apos;s &amp;Template</source>
        <translation>Utiliser le &amp;modèle de l’étape</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="140"/>
        <source>Adds the questions and objections typical of the stage &quot;%1&quot;.</source>
        <translation>Ajoute les questions et objections typiques de l’étape « %1 ».</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="143"/>
        <source>The deal&apos;s stage has no call template; an admin writes one in the process editor.</source>
        <translation>L’étape de l’affaire n’a pas de modèle d’appel ; un administrateur l’écrit dans l’éditeur de processus.</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="175"/>
        <source>Edit Activity</source>
        <translation>Modifier l’activité</translation>
    </message>
</context>
<context>
    <name>Stageboard::ProcessDefinition</name>
    <message>
        <location filename="../model/process/processdefinition.cpp" line="42"/>
        <source>The process definition is not valid JSON at line %1, column %2: %3.</source>
        <translation>La définition du processus n’est pas du JSON valide à la ligne %1, colonne %2 : %3.</translation>
    </message>
    <message>
        <location filename="../model/process/processdefinition.cpp" line="51"/>
        <source>The file is not a Stageboard process definition (&quot;format&quot; is not &quot;stageboard-process&quot;).</source>
        <translation>Le fichier n’est pas une définition de processus Stageboard (« format » n’est pas « stageboard-process »).</translation>
    </message>
    <message>
        <location filename="../model/process/processdefinition.cpp" line="57"/>
        <source>The process definition is of format version %1, newer than this Stageboard reads (%2): update Stageboard to import it.</source>
        <translation>La définition du processus est au format %1, plus récent que ce que lit ce Stageboard (%2) : mettez Stageboard à jour pour l’importer.</translation>
    </message>
    <message>
        <location filename="../model/process/processdefinition.cpp" line="91"/>
        <source>Stage &quot;%1&quot;: owner %2 is not the name of a role.</source>
        <translation>Étape « %1 » : le responsable %2 n’est pas le nom d’un rôle.</translation>
    </message>
    <message>
        <location filename="../model/process/processdefinition.cpp" line="154"/>
        <location filename="../model/process/processdefinition.cpp" line="210"/>
        <source>Stage &quot;%1&quot;, criterion &quot;%2&quot;: %3</source>
        <translation>Étape « %1 », critère « %2 » : %3</translation>
    </message>
    <message>
        <location filename="../model/process/processdefinition.cpp" line="161"/>
        <source>the sign-off names no role.</source>
        <translation>la validation ne nomme aucun rôle.</translation>
    </message>
    <message>
        <location filename="../model/process/processdefinition.cpp" line="172"/>
        <source>minAmount must be an amount such as &quot;50000.00&quot;.</source>
        <translation>minAmount doit être un montant comme « 50000.00 ».</translation>
    </message>
    <message>
        <location filename="../model/process/processdefinition.cpp" line="178"/>
        <source>reopenOn names &quot;%1&quot;, which is not one of %2.</source>
        <translation>reopenOn nomme « %1 », qui n’est pas parmi %2.</translation>
    </message>
    <message>
        <location filename="../model/process/processdefinition.cpp" line="258"/>
        <source>Stage &quot;%1&quot;, activity &quot;%2&quot;: activityType must be call, meeting, task or email.</source>
        <translation>Étape « %1 », activité « %2 » : activityType doit être call, meeting, task ou email.</translation>
    </message>
    <message>
        <location filename="../model/process/processdefinition.cpp" line="298"/>
        <source>The process definition has no &quot;name&quot;.</source>
        <translation>La définition du processus n’a pas de « name ».</translation>
    </message>
    <message>
        <location filename="../model/process/processdefinition.cpp" line="300"/>
        <source>The process definition has no &quot;stages&quot; list.</source>
        <translation>La définition du processus n’a pas de liste « stages ».</translation>
    </message>
    <message>
        <location filename="../model/process/processdefinition.cpp" line="303"/>
        <source>The process definition has no stages.</source>
        <translation>La définition du processus n’a pas d’étapes.</translation>
    </message>
    <message>
        <location filename="../model/process/processdefinition.cpp" line="321"/>
        <source>Role %1 of the process has no name.</source>
        <translation>Le rôle %1 du processus n’a pas de nom.</translation>
    </message>
    <message>
        <location filename="../model/process/processdefinition.cpp" line="75"/>
        <source>Stage &quot;%1&quot;: &quot;%2&quot; must be a list.</source>
        <translation>Étape « %1 » : « %2 » doit être une liste.</translation>
    </message>
    <message>
        <location filename="../model/process/processdefinition.cpp" line="224"/>
        <source>Stage %1 is not an object with a name and fields.</source>
        <translation>L’étape %1 n’est pas un objet avec un nom et des champs.</translation>
    </message>
    <message>
        <location filename="../model/process/processdefinition.cpp" line="231"/>
        <source>Stage %1 has no name.</source>
        <translation>L’étape %1 n’a pas de nom.</translation>
    </message>
    <message>
        <location filename="../model/process/processdefinition.cpp" line="234"/>
        <source>Two stages are named &quot;%1&quot;; each needs its own name.</source>
        <translation>Deux étapes s’appellent « %1 » ; chacune a besoin de son propre nom.</translation>
    </message>
    <message>
        <source>Stage &quot;%1&quot;: owner &quot;%2&quot; is not a role (rep, manager, admin, legal, finance).</source>
        <translation type="vanished">Étape « %1 » : le responsable « %2 » n’est pas un rôle (rep, manager, admin, legal, finance).</translation>
    </message>
    <message>
        <location filename="../model/process/processdefinition.cpp" line="106"/>
        <source>Stage &quot;%1&quot;: probability must be a number from 0 to 100.</source>
        <translation>Étape « %1 » : probability doit être un nombre de 0 à 100.</translation>
    </message>
    <message>
        <location filename="../model/process/processdefinition.cpp" line="110"/>
        <source>Stage &quot;%1&quot;: kind must be open, won or lost.</source>
        <translation>Étape « %1 » : kind doit être open, won ou lost.</translation>
    </message>
    <message>
        <location filename="../model/process/processdefinition.cpp" line="115"/>
        <source>Stage &quot;%1&quot;: rotDays must be a number of days from 1 to 3650.</source>
        <translation>Étape « %1 » : rotDays doit être un nombre de jours de 1 à 3650.</translation>
    </message>
    <message>
        <location filename="../model/process/processdefinition.cpp" line="125"/>
        <source>Stage &quot;%1&quot;: forecastCategory must be pipeline, best_case, commit, closed or omitted.</source>
        <translation>Étape « %1 » : forecastCategory doit être pipeline, best_case, commit, closed ou omitted.</translation>
    </message>
    <message>
        <location filename="../model/process/processdefinition.cpp" line="253"/>
        <source>Stage &quot;%1&quot;: an activity has no text.</source>
        <translation>Étape « %1 » : une activité n’a pas de texte.</translation>
    </message>
    <message>
        <location filename="../model/process/processdefinition.cpp" line="195"/>
        <source>Stage &quot;%1&quot;: exit criterion %2 has no text.</source>
        <translation>Étape « %1 » : le critère de sortie %2 n’a pas de texte.</translation>
    </message>
    <message>
        <source>Stage &quot;%1&quot;, criterion &quot;%2&quot;: sign-off &quot;%3&quot; is not a role.</source>
        <translation type="vanished">Étape « %1 », critère « %2 » : la validation « %3 » n’est pas un rôle.</translation>
    </message>
    <message>
        <location filename="../model/process/processdefinition.cpp" line="314"/>
        <source>The process has no open stage for a deal to start in.</source>
        <translation>Le processus n’a pas d’étape ouverte où une affaire puisse commencer.</translation>
    </message>
</context>
<context>
    <name>Stageboard::ProcessEdit</name>
    <message>
        <location filename="../model/itemmodels/processmodel.cpp" line="58"/>
        <source>Rename Stage</source>
        <translation>Renommer l’étape</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/processmodel.cpp" line="59"/>
        <source>Edit &quot;%1&quot;</source>
        <translation>Modifier « %1 »</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/processmodel.cpp" line="62"/>
        <source>Add Stage &quot;%1&quot;</source>
        <translation>Ajouter l’étape « %1 »</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/processmodel.cpp" line="65"/>
        <source>Remove Stage &quot;%1&quot;</source>
        <translation>Retirer l’étape « %1 »</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/processmodel.cpp" line="68"/>
        <source>Reorder Stages</source>
        <translation>Réordonner les étapes</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/processmodel.cpp" line="70"/>
        <source>Edit Checklist</source>
        <translation>Modifier la liste de contrôle</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/processmodel.cpp" line="72"/>
        <source>Rename Pipeline</source>
        <translation>Renommer le pipeline</translation>
    </message>
</context>
<context>
    <name>Stageboard::ProcessEditor</name>
    <message>
        <location filename="../ui/processeditor.cpp" line="309"/>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../ui/processdelegates.h" line="133"/>
        <source>won</source>
        <translation>gagnée</translation>
    </message>
    <message>
        <location filename="../ui/processdelegates.h" line="135"/>
        <source>lost</source>
        <translation>perdue</translation>
    </message>
    <message>
        <location filename="../ui/processdelegates.h" line="136"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="80"/>
        <source>Sales Process</source>
        <translation>Processus de vente</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="89"/>
        <source>Stages, in order</source>
        <translation>Étapes, dans l’ordre</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="93"/>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="99"/>
        <source>Drag a stage to change the order</source>
        <translation>Faites glisser une étape pour changer l’ordre</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="104"/>
        <source>&amp;Add Stage</source>
        <translation>&amp;Ajouter une étape</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="104"/>
        <source>Add a stage after the selected one</source>
        <translation>Ajouter une étape après celle sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="106"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="106"/>
        <source>Take the stage out of the process</source>
        <translation>Retirer l’étape du processus</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="108"/>
        <location filename="../ui/processeditor.cpp" line="549"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="108"/>
        <source>Move the stage earlier (Alt+Up)</source>
        <translation>Placer l’étape plus tôt (Alt+Haut)</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="110"/>
        <location filename="../ui/processeditor.cpp" line="550"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="110"/>
        <source>Move the stage later (Alt+Down)</source>
        <translation>Placer l’étape plus tard (Alt+Bas)</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="115"/>
        <source>New stage</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="117"/>
        <location filename="../ui/processeditor.cpp" line="817"/>
        <location filename="../ui/processeditor.cpp" line="841"/>
        <source>Remove Stage</source>
        <translation>Retirer l’étape</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="126"/>
        <source>The chosen stage</source>
        <translation>L’étape choisie</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="136"/>
        <source>Advice</source>
        <translation>Conseils</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="140"/>
        <source>Advice on the process</source>
        <translation>Conseils sur le processus</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="164"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="166"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="222"/>
        <source>Sign-off Conditions</source>
        <translation>Conditions de validation</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="226"/>
        <source>every deal</source>
        <translation>toute affaire</translation>
    </message>
    <message>
        <source>Asked of deals &amp;from:</source>
        <translation type="vanished">Demandée aux affaires &amp;dès :</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="229"/>
        <source>In the deal&apos;s own currency; empty: every deal.</source>
        <translation>Dans la devise de l’affaire ; vide : toute affaire.</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="230"/>
        <source>Only for deals &amp;of at least:</source>
        <translation>Seulement pour les affaires d’&amp;au moins :</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="243"/>
        <source>Re-opened when it changes:</source>
        <translation>Rouverte quand change :</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="244"/>
        <source>The deal&apos;s &amp;owner may not give it</source>
        <translation>Le &amp;responsable de l’affaire ne peut pas la donner</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="254"/>
        <source>Signed off by %1.</source>
        <translation>Validée par %1.</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="264"/>
        <source>From: %1</source>
        <translation>Dès : %1</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="296"/>
        <source>No roles yet: add them with Team Roles…</source>
        <translation>Aucun rôle pour l’instant : ajoutez-en avec Rôles d’équipe…</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="318"/>
        <location filename="../ui/processeditor.cpp" line="488"/>
        <source>By hand</source>
        <translation>À la main</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="322"/>
        <source>%1 among the stakeholders</source>
        <translation>%1 parmi les parties prenantes</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="327"/>
        <source>%1 done in this stage</source>
        <translation>%1 fait à cette étape</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="329"/>
        <source>A call debriefed in this stage</source>
        <translation>Un appel débriefé à cette étape</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="330"/>
        <source>The amount set</source>
        <translation>Montant renseigné</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="332"/>
        <source>The close date set</source>
        <translation>Date de clôture renseignée</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="333"/>
        <source>A contact named</source>
        <translation>Contact nommé</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="342"/>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Pipeline :</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="359"/>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="359"/>
        <source>Add a pipeline, empty or with a copy of these stages</source>
        <translation>Ajouter un pipeline, vide ou avec une copie de ces étapes</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="361"/>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="361"/>
        <source>Rename this pipeline</source>
        <translation>Renommer ce pipeline</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="362"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="362"/>
        <source>Delete this pipeline (only one that never held a deal)</source>
        <translation>Supprimer ce pipeline (seulement s’il n’a jamais contenu d’affaire)</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="364"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="364"/>
        <source>Add a pipeline from a process file (JSON)</source>
        <translation>Ajouter un pipeline depuis un fichier de processus (JSON)</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="366"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="366"/>
        <source>Save this pipeline&apos;s process as a file to share (JSON)</source>
        <translation>Enregistrer le processus de ce pipeline dans un fichier à partager (JSON)</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="388"/>
        <source>A state reached, e.g. &quot;Qualified&quot;</source>
        <translation>Un état atteint, p. ex. « Qualifiée »</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="389"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="393"/>
        <source>Open: deals are worked here</source>
        <translation>Ouverte : les affaires y sont travaillées</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="394"/>
        <source>Won: closes a deal as won</source>
        <translation>Gagnée : conclut une affaire comme gagnée</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="395"/>
        <source>Lost: closes a deal as lost</source>
        <translation>Perdue : conclut une affaire comme perdue</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="396"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="401"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="403"/>
        <source>&amp;Probability of close:</source>
        <translation>&amp;Probabilité de conclure :</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="409"/>
        <source>&amp;Forecast category:</source>
        <translation>Catégorie de pré&amp;vision :</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="414"/>
        <source>No limit</source>
        <translation>Pas de limite</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="415"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="417"/>
        <source>A deal longer than this in the stage is shown as stalled</source>
        <translation>Une affaire restée plus longtemps dans l’étape est montrée comme bloquée</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="418"/>
        <source>&amp;Age limit:</source>
        <translation>Limite d’â&amp;ge :</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="433"/>
        <source>The roles whose members find this stage&apos;s deals waiting on them (Team Roles… adds roles)</source>
        <translation>Les rôles dont les membres voient les affaires de cette étape en attente d’eux (Rôles d’équipe… ajoute des rôles)</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="437"/>
        <source>Owned by:</source>
        <translation>Responsables :</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="441"/>
        <source>What is true of a deal in this stage</source>
        <translation>Ce qui est vrai d’une affaire à cette étape</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="445"/>
        <source>&amp;Definition:</source>
        <translation>&amp;Définition :</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="449"/>
        <source>What the rep sets out to do here</source>
        <translation>Ce que le commercial cherche à faire ici</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="453"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Objectif :</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="458"/>
        <source>Questions to ask on a call in this stage, one a line</source>
        <translation>Questions à poser lors d’un appel à cette étape, une par ligne</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="461"/>
        <source>Objections to expect, one a line</source>
        <translation>Objections à prévoir, une par ligne</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="462"/>
        <source>Questions to ask on a call</source>
        <translation>Questions à poser lors d’un appel</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="463"/>
        <source>Objections to expect</source>
        <translation>Objections à prévoir</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="474"/>
        <source>Call te&amp;mplate:</source>
        <translation>&amp;Modèle d’appel :</translation>
    </message>
    <message>
        <source>Call &amp;questions:</source>
        <translation type="vanished">&amp;Questions d’appel :</translation>
    </message>
    <message>
        <source>Call &amp;objections:</source>
        <translation type="vanished">&amp;Objections d’appel :</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="477"/>
        <source>Add A&amp;ctivity</source>
        <translation>Ajouter une a&amp;ctivité</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="477"/>
        <source>New activity</source>
        <translation>Nouvelle activité</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="478"/>
        <source>Add &amp;Criterion</source>
        <translation>Ajouter un &amp;critère</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="479"/>
        <source>New exit criterion</source>
        <translation>Nouveau critère de sortie</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="491"/>
        <source>%1 done</source>
        <translation>%1 fait</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="522"/>
        <source>Recommended activities</source>
        <translation>Activités recommandées</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="523"/>
        <source>Exit criteria</source>
        <translation>Critères de sortie</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="548"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="548"/>
        <source>Remove the selected item</source>
        <translation>Retirer l’élément sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="549"/>
        <source>Move the selected item earlier</source>
        <translation>Placer l’élément sélectionné plus tôt</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="550"/>
        <source>Move the selected item later</source>
        <translation>Placer l’élément sélectionné plus tard</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="554"/>
        <source>Sign-off Co&amp;nditions…</source>
        <translation>Co&amp;nditions de validation…</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="555"/>
        <source>From which amount the sign-off is asked, what re-opens it, and whether the owner may give it</source>
        <translation>À partir de quel montant la validation est demandée, ce qui la rouvre, et si le responsable peut la donner</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="625"/>
        <source>Roles: none</source>
        <translation>Rôles : aucun</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="626"/>
        <source>Roles: %1</source>
        <translation>Rôles : %1</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="758"/>
        <source>Nothing to point out: every stage has a state reached as its name, a definition, an owner and two to eight activities.</source>
        <translation>Rien à signaler : chaque étape porte le nom d’un état atteint, a une définition, un responsable et deux à huit activités.</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="821"/>
        <source>Take &quot;%1&quot; out of the process? The ledger keeps its history; each deal that moves gets a ledger row saying why.</source>
        <translation>Retirer « %1 » du processus ? Le registre garde son historique ; chaque affaire déplacée reçoit une ligne de registre qui dit pourquoi.</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="825"/>
        <source>It holds no deals now; any that reach it meanwhile move to:</source>
        <translation>Elle ne contient aucune affaire ; toutes celles qui l’atteindraient entre-temps vont vers :</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="826"/>
        <source>The one deal in it moves to:</source>
        <translation>L’affaire qu’elle contient va vers :</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="827"/>
        <source>The %1 deals in it move to:</source>
        <translation>Les %1 affaires qu’elle contient vont vers :</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="847"/>
        <source>&quot;%1&quot; is the only stage: add the one its deals should go to first.</source>
        <translation>« %1 » est la seule étape : ajoutez d’abord celle où ses affaires doivent aller.</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="880"/>
        <source>A pipeline needs a name.</source>
        <translation>Un pipeline a besoin d’un nom.</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="894"/>
        <location filename="../ui/processeditor.cpp" line="900"/>
        <source>New Pipeline</source>
        <translation>Nouveau pipeline</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="894"/>
        <source>Name of the new pipeline:</source>
        <translation>Nom du nouveau pipeline :</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="895"/>
        <source>Renewals</source>
        <translation>Renouvellements</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="898"/>
        <source>Empty, to build stage by stage</source>
        <translation>Vide, à construire étape par étape</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="899"/>
        <source>A copy of the stages of &quot;%1&quot;</source>
        <translation>Une copie des étapes de « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="900"/>
        <source>Start with:</source>
        <translation>Commencer avec :</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="910"/>
        <source>Rename Pipeline</source>
        <translation>Renommer le pipeline</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="910"/>
        <source>New name of the pipeline:</source>
        <translation>Nouveau nom du pipeline :</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="921"/>
        <source>Delete Pipeline</source>
        <translation>Supprimer le pipeline</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="922"/>
        <source>Delete the pipeline &quot;%1&quot; and its stages?</source>
        <translation>Supprimer le pipeline « %1 » et ses étapes ?</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="933"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="938"/>
        <source>%1: %2 Nothing was changed.</source>
        <translation>%1 : %2 Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="959"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="968"/>
        <source>Import Process</source>
        <translation>Importer un processus</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="968"/>
        <location filename="../ui/processeditor.cpp" line="977"/>
        <source>Process files (*.json)</source>
        <translation>Fichiers de processus (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="976"/>
        <source>Export Process</source>
        <translation>Exporter le processus</translation>
    </message>
</context>
<context>
    <name>Stageboard::ProcessLint</name>
    <message>
        <location filename="../model/process/processlint.cpp" line="26"/>
        <source>The process has no won stage: no deal can be closed as won.</source>
        <translation>Le processus n’a pas d’étape gagnée : aucune affaire ne peut être conclue comme gagnée.</translation>
    </message>
    <message>
        <location filename="../model/process/processlint.cpp" line="30"/>
        <source>The process has no lost stage: no deal can be closed as lost.</source>
        <translation>Le processus n’a pas d’étape perdue : aucune affaire ne peut être close comme perdue.</translation>
    </message>
    <message>
        <location filename="../model/process/processlint.cpp" line="39"/>
        <source>&quot;%1&quot; reads as something under way; name a stage for the state a deal has reached (&quot;Qualified&quot;, not &quot;Qualifying&quot;).</source>
        <translation>« %1 » se lit comme une action en cours ; nommez une étape d’après l’état atteint par l’affaire (« Qualifiée », pas « En qualification »).</translation>
    </message>
    <message>
        <location filename="../model/process/processlint.cpp" line="46"/>
        <source>&quot;%1&quot; has no definition: say what is true of a deal in it.</source>
        <translation>« %1 » n’a pas de définition : dites ce qui est vrai d’une affaire à cette étape.</translation>
    </message>
    <message>
        <location filename="../model/process/processlint.cpp" line="52"/>
        <source>&quot;%1&quot; has no owner: say who moves deals through it.</source>
        <translation>« %1 » n’a pas de responsable : dites qui y fait avancer les affaires.</translation>
    </message>
    <message>
        <location filename="../model/process/processlint.cpp" line="56"/>
        <source>&quot;%1&quot; is no likelier to close (%2 %) than &quot;%3&quot; before it (%4 %): probabilities should rise stage by stage.</source>
        <translation>« %1 » n’est pas plus probable à conclure (%2 %) que « %3 » avant elle (%4 %) : les probabilités devraient monter d’étape en étape.</translation>
    </message>
    <message>
        <location filename="../model/process/processlint.cpp" line="67"/>
        <source>&quot;%1&quot; needs at least %2 recommended activities to guide a rep; it has %3.</source>
        <translation>« %1 » a besoin d’au moins %2 activités recommandées pour guider un commercial ; elle en a %3.</translation>
    </message>
    <message>
        <location filename="../model/process/processlint.cpp" line="73"/>
        <source>&quot;%1&quot; has %3 recommended activities; more than %2 are rarely all done: keep the ones that matter.</source>
        <translation>« %1 » a %3 activités recommandées ; au-delà de %2, elles sont rarement toutes faites : gardez celles qui comptent.</translation>
    </message>
</context>
<context>
    <name>Stageboard::ProcessModel</name>
    <message>
        <location filename="../model/itemmodels/processmodel.cpp" line="209"/>
        <location filename="../model/itemmodels/processmodel.cpp" line="284"/>
        <source>There is no stage %1 in this pipeline.</source>
        <translation>Il n’y a pas d’étape %1 dans ce pipeline.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/processmodel.cpp" line="246"/>
        <source>There is no stage in row %1 to remove.</source>
        <translation>Il n’y a pas d’étape à retirer à la ligne %1.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/processmodel.cpp" line="263"/>
        <source>There is no such place in the list of stages.</source>
        <translation>Cette place n’existe pas dans la liste des étapes.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/processmodel.cpp" line="349"/>
        <source>The pipeline this change was made to is gone.</source>
        <translation>Le pipeline auquel ce changement a été fait n’existe plus.</translation>
    </message>
</context>
<context>
    <name>Stageboard::RepChoiceDialog</name>
    <message>
        <location filename="../ui/repchooser.cpp" line="146"/>
        <source>Choose Reps</source>
        <translation>Choisir les commerciaux</translation>
    </message>
    <message>
        <location filename="../ui/repchooser.cpp" line="148"/>
        <source>Tick the reps the chart shows, up to %1. Type to find a rep.</source>
        <translation>Cochez les commerciaux que montre le graphique, jusqu’à %1. Tapez pour en trouver un.</translation>
    </message>
    <message>
        <location filename="../ui/repchooser.cpp" line="152"/>
        <location filename="../ui/repchooser.cpp" line="153"/>
        <source>Find a rep</source>
        <translation>Trouver un commercial</translation>
    </message>
    <message>
        <location filename="../ui/repchooser.cpp" line="157"/>
        <source>Reps</source>
        <translation>Commerciaux</translation>
    </message>
    <message>
        <location filename="../ui/repchooser.cpp" line="168"/>
        <source>Tick &amp;None</source>
        <translation>&amp;Tout décocher</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/repchooser.cpp" line="207"/>
        <source>%n rep(s) ticked: the chart has room for %1.</source>
        <translation>
            <numerusform>%n commercial coché : le graphique a de la place pour %1.</numerusform>
            <numerusform>%n commerciaux cochés : le graphique a de la place pour %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/repchooser.cpp" line="208"/>
        <source>None ticked: the chart shows the top %1 by best case.</source>
        <translation>Aucun coché : le graphique montre les %1 premiers par meilleur cas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/repchooser.cpp" line="211"/>
        <source>%n rep(s) ticked.</source>
        <translation>
            <numerusform>%n commercial coché.</numerusform>
            <numerusform>%n commerciaux cochés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stageboard::RepChooser</name>
    <message>
        <location filename="../ui/repchooser.cpp" line="26"/>
        <source>Which Reps</source>
        <translation>Quels commerciaux</translation>
    </message>
    <message>
        <location filename="../ui/repchooser.cpp" line="27"/>
        <source>Choose which reps the chart shows</source>
        <translation>Choisir les commerciaux que montre le graphique</translation>
    </message>
    <message>
        <location filename="../ui/repchooser.cpp" line="34"/>
        <source>Top %1 by &amp;Best Case</source>
        <translation>Les %1 premiers par &amp;meilleur cas</translation>
    </message>
    <message>
        <location filename="../ui/repchooser.cpp" line="35"/>
        <source>Top %1 by &amp;Closed Won</source>
        <translation>Les %1 premiers par &amp;gagné</translation>
    </message>
    <message>
        <location filename="../ui/repchooser.cpp" line="36"/>
        <source>Top %1 by Quota &amp;Attainment</source>
        <translation>Les %1 premiers par &amp;atteinte du quota</translation>
    </message>
    <message>
        <location filename="../ui/repchooser.cpp" line="38"/>
        <source>&amp;Lowest %1 by Quota Attainment</source>
        <translation>Les %1 &amp;derniers par atteinte du quota</translation>
    </message>
    <message>
        <location filename="../ui/repchooser.cpp" line="39"/>
        <source>C&amp;hosen Reps…</source>
        <translation>Commerciaux &amp;choisis…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/repchooser.cpp" line="91"/>
        <source>Reps against quota: %1 chosen of %n</source>
        <translation>
            <numerusform>Commerciaux face au quota : %1 choisis sur %n</numerusform>
            <numerusform>Commerciaux face au quota : %1 choisis sur %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/repchooser.cpp" line="95"/>
        <source>Reps against quota (most closed won first)</source>
        <translation>Commerciaux face au quota (le plus gagné d’abord)</translation>
    </message>
    <message>
        <location filename="../ui/repchooser.cpp" line="97"/>
        <source>Reps against quota (highest attainment first)</source>
        <translation>Commerciaux face au quota (meilleure atteinte d’abord)</translation>
    </message>
    <message>
        <location filename="../ui/repchooser.cpp" line="99"/>
        <source>Reps against quota (lowest attainment first)</source>
        <translation>Commerciaux face au quota (plus faible atteinte d’abord)</translation>
    </message>
    <message>
        <location filename="../ui/repchooser.cpp" line="101"/>
        <source>Reps against quota (largest best case first)</source>
        <translation>Commerciaux face au quota (meilleur cas le plus élevé d’abord)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/repchooser.cpp" line="106"/>
        <source>Reps against quota: the top %1 of %n by closed won</source>
        <translation>
            <numerusform>Commerciaux face au quota : les %1 premiers sur %n par gagné</numerusform>
            <numerusform>Commerciaux face au quota : les %1 premiers sur %n par gagné</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/repchooser.cpp" line="108"/>
        <source>Reps against quota: the top %1 of %n by quota attainment</source>
        <translation>
            <numerusform>Commerciaux face au quota : les %1 premiers sur %n par atteinte du quota</numerusform>
            <numerusform>Commerciaux face au quota : les %1 premiers sur %n par atteinte du quota</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/repchooser.cpp" line="111"/>
        <source>Reps against quota: the lowest %1 of %n by quota attainment</source>
        <translation>
            <numerusform>Commerciaux face au quota : les %1 derniers sur %n par atteinte du quota</numerusform>
            <numerusform>Commerciaux face au quota : les %1 derniers sur %n par atteinte du quota</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/repchooser.cpp" line="114"/>
        <source>Reps against quota: the top %1 of %n by best case</source>
        <translation>
            <numerusform>Commerciaux face au quota : les %1 premiers sur %n par meilleur cas</numerusform>
            <numerusform>Commerciaux face au quota : les %1 premiers sur %n par meilleur cas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stageboard::ReportParts</name>
    <message>
        <location filename="../ui/reportparts.cpp" line="70"/>
        <source>Save as PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <location filename="../ui/reportparts.cpp" line="71"/>
        <source>Save %1 as PNG</source>
        <translation>Enregistrer %1 en PNG</translation>
    </message>
    <message>
        <location filename="../ui/reportparts.cpp" line="75"/>
        <source>Save Chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <location filename="../ui/reportparts.cpp" line="78"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/reportparts.cpp" line="83"/>
        <source>Cannot write the image %1.</source>
        <translation>Impossible d’écrire l’image %1.</translation>
    </message>
    <message>
        <location filename="../ui/reportparts.cpp" line="118"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../ui/reportparts.cpp" line="119"/>
        <source>Export %1 as CSV</source>
        <translation>Exporter %1 en CSV</translation>
    </message>
    <message>
        <location filename="../ui/reportparts.cpp" line="162"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Stageboard::ReviewDialog</name>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="309"/>
        <source>Review the Debrief: %1</source>
        <translation>Relire le débriefing : %1</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="316"/>
        <source>%1 by %2, %3</source>
        <translation>%1 par %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="317"/>
        <source>%1 by %2 on &quot;%3&quot;, %4</source>
        <translation>%1 par %2 sur « %3 », %4</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="324"/>
        <source>(nothing written)</source>
        <translation>(rien d’écrit)</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="331"/>
        <source>The plan:</source>
        <translation>Le plan :</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="333"/>
        <source>Outcome:</source>
        <translation>Résultat :</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="334"/>
        <source>What went well:</source>
        <translation>Ce qui a bien marché :</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="335"/>
        <source>What to improve:</source>
        <translation>Ce qu’il faut améliorer :</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="337"/>
        <source>Questions not asked:</source>
        <translation>Questions non posées :</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="340"/>
        <source>What to keep doing, what to try on the next call</source>
        <translation>Ce qu’il faut garder, ce qu’il faut essayer au prochain appel</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="341"/>
        <source>Your &amp;feedback:</source>
        <translation>Votre &amp;retour :</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="346"/>
        <source>&amp;Send Feedback</source>
        <translation>&amp;Envoyer le retour</translation>
    </message>
</context>
<context>
    <name>Stageboard::ReviewsModel</name>
    <message>
        <location filename="../model/itemmodels/reviewsmodel.cpp" line="151"/>
        <source>There is no closed deal in row %1.</source>
        <translation>Il n’y a pas d’affaire clôturée à la ligne %1.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/reviewsmodel.cpp" line="161"/>
        <source>Won</source>
        <translation>Gagnée</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/reviewsmodel.cpp" line="162"/>
        <source>Disqualified</source>
        <translation>Disqualifiée</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/reviewsmodel.cpp" line="162"/>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/reviewsmodel.cpp" line="188"/>
        <source>Notes: %1</source>
        <translation>Notes : %1</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/reviewsmodel.cpp" line="190"/>
        <source>Reviewed by %1 on %2.</source>
        <translation>Revue par %1 le %2.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/reviewsmodel.cpp" line="193"/>
        <source>Lesson: %1</source>
        <translation>Leçon : %1</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/reviewsmodel.cpp" line="195"/>
        <source>Suggested change to the process: %1</source>
        <translation>Changement du processus suggéré : %1</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/reviewsmodel.cpp" line="204"/>
        <source>(deleted deal %1)</source>
        <translation>(affaire supprimée %1)</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/reviewsmodel.cpp" line="212"/>
        <source>%1 (also: %2)</source>
        <translation>%1 (aussi : %2)</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/reviewsmodel.cpp" line="224"/>
        <source>Awaiting review</source>
        <translation>En attente de revue</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/reviewsmodel.cpp" line="224"/>
        <source>Opened again; not reviewed</source>
        <translation>Rouverte ; non revue</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/reviewsmodel.cpp" line="251"/>
        <source>Lesson learned</source>
        <translation>Leçon apprise</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="vanished">%1, %2 : %3</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/reviewsmodel.cpp" line="237"/>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/reviewsmodel.cpp" line="239"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/reviewsmodel.cpp" line="241"/>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/reviewsmodel.cpp" line="243"/>
        <source>Reasons</source>
        <translation>Raisons</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/reviewsmodel.cpp" line="245"/>
        <source>Lost to</source>
        <translation>Perdue face à</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/reviewsmodel.cpp" line="247"/>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/reviewsmodel.cpp" line="249"/>
        <source>Closed by</source>
        <translation>Clôturée par</translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="vanished">Revue</translation>
    </message>
</context>
<context>
    <name>Stageboard::ReviewsView</name>
    <message>
        <location filename="../ui/reviewsview.cpp" line="32"/>
        <source>Every deal closed on the board waits here for a look-back: what can the team learn from it? A manager writes the lesson and marks it reviewed.</source>
        <translation>Chaque affaire clôturée sur le tableau attend ici sa revue : qu’en apprend l’équipe ? Un manager écrit la leçon et la marque revue.</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="39"/>
        <source>Awaiting review</source>
        <translation>En attente de revue</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="40"/>
        <source>Reviewed</source>
        <translation>Revues</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="41"/>
        <source>All closed deals</source>
        <translation>Toutes les affaires clôturées</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="42"/>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="58"/>
        <source>Closed deals</source>
        <translation>Affaires clôturées</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="255"/>
        <source>What worked, what did not, what the team does next time</source>
        <translation>Ce qui a marché, ce qui n’a pas marché, ce que l’équipe fera la prochaine fois</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="84"/>
        <source>Optional: e.g. make a criterion required in Qualify</source>
        <translation>Facultatif : p. ex. rendre un critère obligatoire en Qualification</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="88"/>
        <source>&amp;Lesson learned:</source>
        <translation>&amp;Leçon apprise :</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="89"/>
        <source>Suggested &amp;change to the process:</source>
        <translation>&amp;Changement du processus suggéré :</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="93"/>
        <location filename="../ui/reviewsview.cpp" line="259"/>
        <source>&amp;Mark Reviewed</source>
        <translation>&amp;Marquer revue</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="95"/>
        <source>Open &amp;Process Editor</source>
        <translation>Ouvrir l’éditeur de &amp;processus</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="97"/>
        <source>&amp;Open Opportunity</source>
        <translation>&amp;Ouvrir l’opportunité</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="175"/>
        <source>Look-back (%1)</source>
        <translation>Revue (%1)</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="175"/>
        <source>Look-back</source>
        <translation>Revue</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="191"/>
        <source>Select a closed deal to see what its close said and review it.</source>
        <translation>Sélectionnez une affaire clôturée pour voir sa clôture et la revoir.</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="200"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 on %3 by %4.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 le %3 par %4.</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="209"/>
        <source>Reasons: %1</source>
        <translation>Raisons : %1</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="213"/>
        <source>Lost to: %1</source>
        <translation>Perdue face à : %1</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="217"/>
        <source>Notes: %1</source>
        <translation>Notes : %1</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="233"/>
        <source>No closed deal awaits review. When a deal is won or lost on the board, it appears here for a manager&apos;s look-back.</source>
        <translation>Aucune affaire clôturée n’attend de revue. Quand une affaire est gagnée ou perdue sur le tableau, elle apparaît ici pour la revue d’un manager.</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="237"/>
        <source>No closed deal has been reviewed yet.</source>
        <translation>Aucune affaire clôturée n’a encore été revue.</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="240"/>
        <source>No deal has been closed on the board yet.</source>
        <translation>Aucune affaire n’a encore été clôturée sur le tableau.</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="257"/>
        <source>Not reviewed yet</source>
        <translation>Pas encore revue</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="259"/>
        <source>&amp;Update Review</source>
        <translation>&amp;Mettre à jour la revue</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="263"/>
        <source>Change the process as the lesson suggests</source>
        <translation>Changer le processus comme la leçon le suggère</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="264"/>
        <source>Only an admin changes the sales process; the suggestion is kept here for them.</source>
        <translation>Seul un administrateur change le processus de vente ; la suggestion reste ici pour lui.</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="269"/>
        <source>Only a manager or an admin reviews closed deals; you can read the lessons.</source>
        <translation>Seul un manager ou un administrateur revoit les affaires clôturées ; vous pouvez lire les leçons.</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="273"/>
        <source>Reviewed by %1 on %2.</source>
        <translation>Revue par %1 le %2.</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="277"/>
        <source>Write the lesson, then mark it reviewed.</source>
        <translation>Écrivez la leçon, puis marquez-la revue.</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="291"/>
        <source>Reviewed &quot;%1&quot;.</source>
        <translation>« %1 » revue.</translation>
    </message>
</context>
<context>
    <name>Stageboard::Schema</name>
    <message>
        <location filename="../model/storage/schema.cpp" line="849"/>
        <source>It holds tables, but is not a Stageboard database.</source>
        <translation>Elle contient des tables, mais n’est pas une base Stageboard.</translation>
    </message>
    <message>
        <location filename="../model/storage/schema.cpp" line="858"/>
        <source>It has no schema version.</source>
        <translation>Elle n’a pas de version de schéma.</translation>
    </message>
    <message>
        <location filename="../model/storage/schema.cpp" line="862"/>
        <source>Its schema version &quot;%1&quot; is not valid.</source>
        <translation>Sa version de schéma « %1 » n’est pas valide.</translation>
    </message>
</context>
<context>
    <name>Stageboard::ServerRoles</name>
    <message>
        <location filename="../model/storage/serverroles.cpp" line="440"/>
        <source>Roles are set up on a PostgreSQL server; %1 is a file, which only its owner&apos;s account can open.</source>
        <translation>Les rôles se configurent sur un serveur PostgreSQL ; %1 est un fichier, que seul le compte de son propriétaire peut ouvrir.</translation>
    </message>
    <message>
        <location filename="../model/storage/serverroles.cpp" line="446"/>
        <source>Cannot set up the roles on %1: %2</source>
        <translation>Impossible de configurer les rôles sur %1 : %2</translation>
    </message>
</context>
<context>
    <name>Stageboard::SignOff</name>
    <message>
        <location filename="../model/core/types.cpp" line="260"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../model/core/types.cpp" line="261"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../model/core/types.cpp" line="262"/>
        <source>Close date</source>
        <translation>Date de clôture</translation>
    </message>
    <message>
        <location filename="../model/core/types.cpp" line="263"/>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <location filename="../model/core/types.cpp" line="264"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../model/core/types.cpp" line="265"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../model/core/types.cpp" line="266"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../model/core/types.cpp" line="267"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../model/core/types.cpp" line="268"/>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <location filename="../model/core/types.cpp" line="271"/>
        <source>Approved</source>
        <translation>Validée</translation>
    </message>
    <message>
        <location filename="../model/core/types.cpp" line="272"/>
        <source>Rejected</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location filename="../model/core/types.cpp" line="273"/>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <location filename="../model/core/types.cpp" line="274"/>
        <source>Re-opened</source>
        <translation>Rouverte</translation>
    </message>
</context>
<context>
    <name>Stageboard::SqlStorage</name>
    <message>
        <location filename="../model/storage/sqlforecaststore.cpp" line="79"/>
        <source>Cannot read the deals to forecast</source>
        <translation>Impossible de lire les affaires à prévoir</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlforecaststore.cpp" line="112"/>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="93"/>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="106"/>
        <source>Cannot read the stage history</source>
        <translation>Impossible de lire l’historique des étapes</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlforecaststore.cpp" line="135"/>
        <source>Cannot read the quotas</source>
        <translation>Impossible de lire les quotas</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlforecaststore.cpp" line="155"/>
        <source>A quota needs a month and an amount of zero or more.</source>
        <translation>Un quota a besoin d’un mois et d’un montant nul ou positif.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlforecaststore.cpp" line="159"/>
        <location filename="../model/storage/sqlforecaststore.cpp" line="166"/>
        <source>Cannot save the quotas</source>
        <translation>Impossible d’enregistrer les quotas</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlforecaststore.cpp" line="177"/>
        <source>Cannot read the currency</source>
        <translation>Impossible de lire la devise</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlforecaststore.cpp" line="188"/>
        <source>Cannot read the exchange rates</source>
        <translation>Impossible de lire les taux de change</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlforecaststore.cpp" line="200"/>
        <source>The reporting currency cannot be empty.</source>
        <translation>La devise de référence ne peut pas être vide.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlforecaststore.cpp" line="203"/>
        <source>An exchange rate has no currency.</source>
        <translation>Un taux de change n’a pas de devise.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlforecaststore.cpp" line="206"/>
        <source>The exchange rate of %1 must be a number above zero.</source>
        <translation>Le taux de change de %1 doit être un nombre supérieur à zéro.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlforecaststore.cpp" line="217"/>
        <location filename="../model/storage/sqlforecaststore.cpp" line="219"/>
        <source>Cannot save the currencies</source>
        <translation>Impossible d’enregistrer les devises</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlforecaststore.cpp" line="225"/>
        <source>Cannot save the exchange rate of %1</source>
        <translation>Impossible d’enregistrer le taux de change de %1</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlforecaststore.cpp" line="241"/>
        <location filename="../model/storage/sqlforecaststore.cpp" line="256"/>
        <source>Cannot record the forecast snapshot</source>
        <translation>Impossible d’enregistrer l’instantané de prévision</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlforecaststore.cpp" line="284"/>
        <location filename="../model/storage/sqlforecaststore.cpp" line="299"/>
        <source>Cannot read the forecast snapshots</source>
        <translation>Impossible de lire les instantanés de prévision</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessstore.cpp" line="41"/>
        <location filename="../model/storage/sqlprocessstore.cpp" line="48"/>
        <location filename="../model/storage/sqlprocessstore.cpp" line="63"/>
        <source>Cannot store the default process</source>
        <translation>Impossible d’enregistrer le processus par défaut</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessstore.cpp" line="102"/>
        <source>Cannot store the stage &quot;%1&quot;</source>
        <translation>Impossible d’enregistrer l’étape « %1 »</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessstore.cpp" line="114"/>
        <location filename="../model/storage/sqlprocessstore.cpp" line="130"/>
        <source>Cannot store the roles owning the stage</source>
        <translation>Impossible d’enregistrer les rôles responsables de l’étape</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessstore.cpp" line="148"/>
        <source>Cannot store the stage guidance</source>
        <translation>Impossible d’enregistrer les consignes des étapes</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessstore.cpp" line="164"/>
        <source>Cannot store the exit criteria</source>
        <translation>Impossible d’enregistrer les critères de sortie</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessstore.cpp" line="210"/>
        <source>A sign-off needs the name of the role that gives it.</source>
        <translation>Une validation a besoin du nom du rôle qui la donne.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessstore.cpp" line="226"/>
        <source>Cannot add the role &quot;%1&quot;</source>
        <translation>Impossible d’ajouter le rôle « %1 »</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessstore.cpp" line="289"/>
        <source>Cannot read the stage guidance</source>
        <translation>Impossible de lire les consignes des étapes</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlpart.cpp" line="57"/>
        <source>Cannot update the checklist progress</source>
        <translation>Impossible de mettre à jour l’avancement des listes de contrôle</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessstore.cpp" line="322"/>
        <location filename="../model/storage/sqlprocessstore.cpp" line="335"/>
        <source>Cannot add the pipeline</source>
        <translation>Impossible d’ajouter le pipeline</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessstore.cpp" line="324"/>
        <source>There is already a pipeline named &quot;%1&quot;; rename it, or the one to add, first.</source>
        <translation>Il y a déjà un pipeline nommé « %1 » ; renommez-le, ou celui à ajouter, d’abord.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessstore.cpp" line="371"/>
        <source>There is no pipeline %1.</source>
        <translation>Il n’y a pas de pipeline %1.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessstore.cpp" line="420"/>
        <source>Cannot read the pipelines</source>
        <translation>Impossible de lire les pipelines</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessstore.cpp" line="440"/>
        <location filename="../model/storage/sqlprocessstore.cpp" line="470"/>
        <source>Cannot read the stages</source>
        <translation>Impossible de lire les étapes</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlengagementstore.cpp" line="80"/>
        <location filename="../model/storage/sqlprocessstore.cpp" line="487"/>
        <source>Cannot read the activities</source>
        <translation>Impossible de lire les activités</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldebriefstore.cpp" line="66"/>
        <source>Cannot read the debriefs</source>
        <translation>Impossible de lire les débriefs</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldebriefstore.cpp" line="102"/>
        <source>Activity %1 has no debrief yet.</source>
        <translation>L’activité %1 n’a pas encore de débrief.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldebriefstore.cpp" line="114"/>
        <location filename="../model/storage/sqlengagementstore.cpp" line="94"/>
        <source>Cannot read the activity</source>
        <translation>Impossible de lire l’activité</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldebriefstore.cpp" line="116"/>
        <location filename="../model/storage/sqlengagementstore.cpp" line="106"/>
        <location filename="../model/storage/sqlengagementstore.cpp" line="145"/>
        <source>The activity %1 does not exist.</source>
        <translation>L’activité %1 n’existe pas.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldebriefstore.cpp" line="124"/>
        <source>&quot;%1&quot; is not a call or a meeting; only those are debriefed.</source>
        <translation>« %1 » n’est ni un appel ni un rendez-vous ; seuls ceux-ci se débriefent.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldebriefstore.cpp" line="133"/>
        <source>The debrief of &quot;%1&quot; is empty: say what went well or what to improve.</source>
        <translation>Le débrief de « %1 » est vide : dites ce qui s’est bien passé ou ce qu’il faut améliorer.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldebriefstore.cpp" line="161"/>
        <source>Cannot save the debrief</source>
        <translation>Impossible d’enregistrer le débrief</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldebriefstore.cpp" line="184"/>
        <source>Ask a peer or a manager to review a debrief, not its author.</source>
        <translation>Demandez la relecture à un pair ou à un manager, pas à son auteur.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldebriefstore.cpp" line="193"/>
        <source>Cannot ask for the review</source>
        <translation>Impossible de demander la relecture</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldebriefstore.cpp" line="201"/>
        <source>Write what the rep should keep doing or change.</source>
        <translation>Écrivez ce que le commercial doit garder ou changer.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldebriefstore.cpp" line="210"/>
        <location filename="../model/storage/sqllookbackstore.cpp" line="314"/>
        <source>Cannot save the review</source>
        <translation>Impossible d’enregistrer la relecture</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldebriefstore.cpp" line="226"/>
        <location filename="../model/storage/sqldebriefstore.cpp" line="240"/>
        <source>Cannot read the objections</source>
        <translation>Impossible de lire les objections</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldebriefstore.cpp" line="242"/>
        <source>The objection %1 does not exist.</source>
        <translation>L’objection %1 n’existe pas.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldebriefstore.cpp" line="255"/>
        <source>An objection needs its text.</source>
        <translation>Une objection a besoin de son texte.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldebriefstore.cpp" line="268"/>
        <source>Cannot add the objection</source>
        <translation>Impossible d’ajouter l’objection</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldebriefstore.cpp" line="286"/>
        <source>Cannot mark the objection resolved</source>
        <translation>Impossible de marquer l’objection comme levée</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlengagementstore.cpp" line="124"/>
        <source>Cannot add the activity</source>
        <translation>Impossible d’ajouter l’activité</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlengagementstore.cpp" line="140"/>
        <source>The activity %1 was changed elsewhere since it was read; nothing was saved. Look at it again and retry.</source>
        <translation>L’activité %1 a été modifiée ailleurs depuis sa lecture ; rien n’a été enregistré. Regardez-la à nouveau et réessayez.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlengagementstore.cpp" line="167"/>
        <source>Cannot save the activity</source>
        <translation>Impossible d’enregistrer l’activité</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlengagementstore.cpp" line="193"/>
        <source>Cannot mark the activity done</source>
        <translation>Impossible de marquer l’activité comme faite</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlengagementstore.cpp" line="213"/>
        <source>Cannot delete the activity</source>
        <translation>Impossible de supprimer l’activité</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="396"/>
        <location filename="../model/storage/sqlprocessstore.cpp" line="508"/>
        <source>Cannot read the exit criteria</source>
        <translation>Impossible de lire les critères de sortie</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessstore.cpp" line="542"/>
        <source>Cannot read the close reasons</source>
        <translation>Impossible de lire les raisons de clôture</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessstore.cpp" line="563"/>
        <source>Cannot store the close reason</source>
        <translation>Impossible d’enregistrer la raison de clôture</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="380"/>
        <source>Cannot read the checklist</source>
        <translation>Impossible de lire la liste de contrôle</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="439"/>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="449"/>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="459"/>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="494"/>
        <source>Cannot save the checklist</source>
        <translation>Impossible d’enregistrer la liste de contrôle</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="21"/>
        <source>Cannot tell the others about the change</source>
        <translation>Impossible de prévenir les autres du changement</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="40"/>
        <source>There is no stage %1 to remove.</source>
        <translation>Il n’y a pas d’étape %1 à retirer.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="42"/>
        <source>The deals in &quot;%1&quot; must go to another stage of the same pipeline.</source>
        <translation>Les affaires de « %1 » doivent aller vers une autre étape du même pipeline.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="50"/>
        <source>&quot;%1&quot; is the pipeline&apos;s only open stage; add another before removing it.</source>
        <translation>« %1 » est la seule étape ouverte du pipeline ; ajoutez-en une autre avant de la retirer.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="62"/>
        <location filename="../model/storage/sqlprocessedit.cpp" line="83"/>
        <location filename="../model/storage/sqlprocessedit.cpp" line="93"/>
        <location filename="../model/storage/sqlprocessedit.cpp" line="101"/>
        <location filename="../model/storage/sqlprocessedit.cpp" line="109"/>
        <source>Cannot remove the stage</source>
        <translation>Impossible de retirer l’étape</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="67"/>
        <source>Stage &quot;%1&quot; was removed from the process; its deals moved to &quot;%2&quot;.</source>
        <translation>L’étape « %1 » a été retirée du processus ; ses affaires sont passées à « %2 ».</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="121"/>
        <source>A stage needs a name.</source>
        <translation>Une étape a besoin d’un nom.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="123"/>
        <source>Stage &quot;%1&quot;: probability must be from 0 to 100, not %2.</source>
        <translation>Étape « %1 » : la probabilité doit aller de 0 à 100, pas %2.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="127"/>
        <source>Stage &quot;%1&quot;: the age limit must be from 1 to 3650 days, not %2.</source>
        <translation>Étape « %1 » : la limite d’âge doit aller de 1 à 3650 jours, pas %2.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="137"/>
        <source>Cannot check the stage</source>
        <translation>Impossible de vérifier l’étape</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="139"/>
        <source>This pipeline already has a stage named &quot;%1&quot;.</source>
        <translation>Ce pipeline a déjà une étape nommée « %1 ».</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="167"/>
        <source>Cannot save the stage</source>
        <translation>Impossible d’enregistrer l’étape</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="169"/>
        <source>There is no stage %1 to save.</source>
        <translation>Il n’y a pas d’étape %1 à enregistrer.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="192"/>
        <location filename="../model/storage/sqlprocessedit.cpp" line="202"/>
        <location filename="../model/storage/sqlprocessedit.cpp" line="210"/>
        <source>Cannot add the stage</source>
        <translation>Impossible d’ajouter l’étape</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="194"/>
        <source>There is already a stage %1.</source>
        <translation>Il y a déjà une étape %1.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="231"/>
        <location filename="../model/storage/sqlprocessedit.cpp" line="246"/>
        <source>Cannot reorder the stages</source>
        <translation>Impossible de réordonner les étapes</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="239"/>
        <source>The new order must name every stage of the pipeline once.</source>
        <translation>Le nouvel ordre doit nommer chaque étape du pipeline une fois.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="258"/>
        <source>A recommended activity needs a text.</source>
        <translation>Une activité recommandée a besoin d’un texte.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="262"/>
        <source>An exit criterion needs a text.</source>
        <translation>Un critère de sortie a besoin d’un texte.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="275"/>
        <source>Cannot save the checklist of the stage</source>
        <translation>Impossible d’enregistrer la liste de contrôle de l’étape</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="413"/>
        <source>There is no removed stage %1 to bring back.</source>
        <translation>Il n’y a pas d’étape retirée %1 à rétablir.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="422"/>
        <source>Cannot bring the stage back</source>
        <translation>Impossible de rétablir l’étape</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="441"/>
        <source>Stage &quot;%1&quot; was put back into the process; its deals moved back.</source>
        <translation>L’étape « %1 » a été remise dans le processus ; ses affaires y sont revenues.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="486"/>
        <source>Cannot delete the stage</source>
        <translation>Impossible de supprimer l’étape</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="498"/>
        <source>There is no stage %1 to delete.</source>
        <translation>Il n’y a pas d’étape %1 à supprimer.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="500"/>
        <source>This stage has held deals, so the ledger needs it: remove it from the process instead.</source>
        <translation>Cette étape a contenu des affaires, le registre en a donc besoin : retirez-la plutôt du processus.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="533"/>
        <source>A pipeline needs a name.</source>
        <translation>Un pipeline a besoin d’un nom.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="543"/>
        <location filename="../model/storage/sqlprocessedit.cpp" line="551"/>
        <source>Cannot rename the pipeline</source>
        <translation>Impossible de renommer le pipeline</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="545"/>
        <source>There is already a pipeline named &quot;%1&quot;.</source>
        <translation>Il y a déjà un pipeline nommé « %1 ».</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="553"/>
        <source>There is no pipeline %1 to rename.</source>
        <translation>Il n’y a pas de pipeline %1 à renommer.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="565"/>
        <source>Cannot delete the pipeline</source>
        <translation>Impossible de supprimer le pipeline</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="577"/>
        <source>This pipeline has held deals, and the ledger needs its stages; it cannot be deleted.</source>
        <translation>Ce pipeline a contenu des affaires, et le registre a besoin de ses étapes ; il ne peut pas être supprimé.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="581"/>
        <source>The last pipeline cannot be deleted.</source>
        <translation>Le dernier pipeline ne peut pas être supprimé.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlpart.cpp" line="25"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstorage.cpp" line="120"/>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 est un dossier, pas un fichier de base.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstorage.cpp" line="127"/>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Impossible de créer le dossier %1 pour la base.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstorage.cpp" line="130"/>
        <source>Cannot create the database file %1.</source>
        <translation>Impossible de créer le fichier de base de données %1.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstorage.cpp" line="134"/>
        <source>%1 cannot be written to: it is read-only. Check its permissions, or open a copy.</source>
        <translation>%1 ne peut pas être modifiée : elle est en lecture seule. Vérifiez ses permissions, ou ouvrez une copie.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstorage.cpp" line="138"/>
        <source>%1 is damaged: it is %2 bytes long, but its header says %3. It was probably cut short by an interrupted copy or download. It has not been changed; restore it from a backup.</source>
        <translation>%1 est endommagée : elle fait %2 octets, mais son en-tête en annonce %3. Elle a sans doute été tronquée par une copie ou un téléchargement interrompu. Elle n’a pas été modifiée ; restaurez-la depuis une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstorage.cpp" line="164"/>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>Le pilote SQLite de Qt (QSQLITE) n’est pas installé.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstorage.cpp" line="168"/>
        <location filename="../model/storage/sqlstorage.cpp" line="180"/>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstorage.cpp" line="181"/>
        <source>%1 is not a Stageboard database, or it is damaged: %2</source>
        <translation>%1 n’est pas une base Stageboard, ou elle est endommagée : %2</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstorage.cpp" line="190"/>
        <location filename="../model/storage/sqlstorage.cpp" line="379"/>
        <source>Cannot prepare the database</source>
        <translation>Impossible de préparer la base</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstorage.cpp" line="195"/>
        <source>%1 cannot be written: %2. Another program may be using it.</source>
        <translation>%1 ne peut pas être modifiée : %2. Un autre programme l’utilise peut-être.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstorage.cpp" line="214"/>
        <location filename="../model/storage/sqlstorage.cpp" line="216"/>
        <location filename="../model/storage/sqlstorage.cpp" line="225"/>
        <source>Cannot back up the database before upgrading it</source>
        <translation>Impossible de sauvegarder la base avant de la mettre à niveau</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstorage.cpp" line="230"/>
        <source>schema %1 of %2</source>
        <translation>schéma %1 de %2</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstorage.cpp" line="241"/>
        <source>Cannot write the backup %1 before upgrading %2; nothing was changed.</source>
        <translation>Impossible d’écrire la sauvegarde %1 avant de mettre à niveau %2 ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstorage.cpp" line="261"/>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed; on Debian it is in the package libqt6sql6-psql.</source>
        <translation>Le pilote PostgreSQL de Qt (QPSQL) n’est pas installé ; sous Debian, il est dans le paquet libqt6sql6-psql.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstorage.cpp" line="275"/>
        <location filename="../model/storage/sqlstorage.cpp" line="334"/>
        <source>Cannot connect to %1: %2</source>
        <translation>Impossible de se connecter à %1 : %2</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstorage.cpp" line="288"/>
        <source>&quot;%1&quot; cannot be the name of a new database: use letters, digits, _ and - (up to 63, starting with a letter).</source>
        <translation>« %1 » ne peut pas être le nom d’une nouvelle base : utilisez des lettres, des chiffres, _ et - (63 au plus, en commençant par une lettre).</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstorage.cpp" line="304"/>
        <source>Cannot connect to the server of %1: %2</source>
        <translation>Impossible de se connecter au serveur de %1 : %2</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstorage.cpp" line="313"/>
        <source>Cannot create the database %1: %2</source>
        <translation>Impossible de créer la base %1 : %2</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstorage.cpp" line="356"/>
        <source>%1 is not a Stageboard database: %2</source>
        <translation>%1 n’est pas une base Stageboard : %2</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstorage.cpp" line="359"/>
        <source>%1 was written by a newer version of Stageboard (database version %2; this version reads up to %3). It has not been changed. Please update Stageboard.</source>
        <translation>%1 a été écrite par une version plus récente de Stageboard (version de base %2 ; cette version lit jusqu’à %3). Elle n’a pas été modifiée. Mettez Stageboard à jour.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstorage.cpp" line="386"/>
        <location filename="../model/storage/sqlstorage.cpp" line="405"/>
        <location filename="../model/storage/sqlstorage.cpp" line="408"/>
        <source>Cannot upgrade the database</source>
        <translation>Impossible de mettre à niveau la base</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldirectory.cpp" line="22"/>
        <location filename="../model/storage/sqldirectory.cpp" line="39"/>
        <source>Cannot read the users</source>
        <translation>Impossible de lire les utilisateurs</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldirectory.cpp" line="52"/>
        <source>Cannot read the accounts</source>
        <translation>Impossible de lire les comptes</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldirectory.cpp" line="84"/>
        <source>A user needs a name.</source>
        <translation>Un utilisateur a besoin d’un nom.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldirectory.cpp" line="86"/>
        <location filename="../model/storage/sqldirectory.cpp" line="158"/>
        <location filename="../model/storage/sqllookbackstore.cpp" line="81"/>
        <location filename="../model/storage/sqlterritorystore.cpp" line="67"/>
        <source>Name: %1</source>
        <translation>Nom : %1</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldirectory.cpp" line="97"/>
        <location filename="../model/storage/sqldirectory.cpp" line="105"/>
        <source>Cannot change the user %1</source>
        <translation>Impossible de modifier l’utilisateur %1</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldirectory.cpp" line="99"/>
        <source>The user %1 no longer exists.</source>
        <translation>L’utilisateur %1 n’existe plus.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldirectory.cpp" line="107"/>
        <source>%1 is the last active admin: make someone else an admin first, so that somebody can still change users and the process.</source>
        <translation>%1 est le dernier administrateur actif : nommez d’abord quelqu’un d’autre administrateur, afin que quelqu’un puisse encore modifier les utilisateurs et le processus.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldirectory.cpp" line="129"/>
        <location filename="../model/storage/sqldirectory.cpp" line="143"/>
        <location filename="../model/storage/sqlprocessstore.cpp" line="199"/>
        <location filename="../model/storage/sqlprocessstore.cpp" line="215"/>
        <location filename="../model/storage/sqlprocessstore.cpp" line="262"/>
        <source>Cannot read the roles</source>
        <translation>Impossible de lire les rôles</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldirectory.cpp" line="156"/>
        <source>A role needs a name.</source>
        <translation>Un rôle a besoin d’un nom.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldirectory.cpp" line="160"/>
        <source>Description: longer than %1 characters.</source>
        <translation>Description : plus de %1 caractères.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldirectory.cpp" line="162"/>
        <source>Cannot add the role %1</source>
        <translation>Impossible d’ajouter le rôle %1</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldirectory.cpp" line="163"/>
        <source>Cannot change the role %1</source>
        <translation>Impossible de modifier le rôle %1</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldirectory.cpp" line="177"/>
        <source>There is already a role called %1.</source>
        <translation>Il existe déjà un rôle %1.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldirectory.cpp" line="200"/>
        <source>The role %1 no longer exists.</source>
        <translation>Le rôle %1 n’existe plus.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldirectory.cpp" line="220"/>
        <source>%1: user %2 does not exist.</source>
        <translation>%1 : l’utilisateur %2 n’existe pas.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldirectory.cpp" line="236"/>
        <location filename="../model/storage/sqldirectory.cpp" line="248"/>
        <location filename="../model/storage/sqldirectory.cpp" line="260"/>
        <location filename="../model/storage/sqldirectory.cpp" line="265"/>
        <source>Cannot remove the role</source>
        <translation>Impossible de retirer le rôle</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/storage/sqldirectory.cpp" line="238"/>
        <source>The role signs off %n exit criteria; choose another role for them first.</source>
        <translation>
            <numerusform>Le rôle valide %n critère de sortie ; choisissez d’abord un autre rôle.</numerusform>
            <numerusform>Le rôle valide %n critères de sortie ; choisissez d’abord un autre rôle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/storage/sqldirectory.cpp" line="250"/>
        <source>The role owns %n stages; take it off them in the process editor first.</source>
        <translation>
            <numerusform>Le rôle est responsable de %n étape ; retirez-l’en d’abord dans l’éditeur de processus.</numerusform>
            <numerusform>Le rôle est responsable de %n étapes ; retirez-l’en d’abord dans l’éditeur de processus.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="29"/>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="67"/>
        <source>Cannot read the opportunities</source>
        <translation>Impossible de lire les opportunités</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="43"/>
        <source>Cannot read the opportunity</source>
        <translation>Impossible de lire l’opportunité</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="45"/>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="360"/>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="366"/>
        <source>The opportunity %1 no longer exists.</source>
        <translation>L’opportunité %1 n’existe plus.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlforecaststore.cpp" line="50"/>
        <source>Cannot add up the pipeline</source>
        <translation>Impossible de totaliser le pipeline</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="81"/>
        <source>Cannot count the opportunities in %1.</source>
        <translation>Impossible de compter les opportunités de %1.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="126"/>
        <source>The stage %1 no longer exists.</source>
        <translation>L’étape %1 n’existe plus.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="141"/>
        <source>Cannot create the opportunity</source>
        <translation>Impossible de créer l’opportunité</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="156"/>
        <source>Cannot record the new opportunity</source>
        <translation>Impossible d’enregistrer la nouvelle opportunité</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="191"/>
        <source>Cannot save the opportunity</source>
        <translation>Impossible d’enregistrer l’opportunité</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="223"/>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="242"/>
        <source>Cannot re-open the sign-offs</source>
        <translation>Impossible de rouvrir les validations</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="275"/>
        <source>Cannot record the sign-off</source>
        <translation>Impossible d’enregistrer la validation</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="300"/>
        <source>Cannot move the opportunity</source>
        <translation>Impossible de déplacer l’opportunité</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="306"/>
        <source>Cannot record the move</source>
        <translation>Impossible d’enregistrer le déplacement</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="325"/>
        <source>Cannot record the close</source>
        <translation>Impossible d’enregistrer la clôture</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="339"/>
        <source>The opportunity %1 was changed or deleted elsewhere since it was read; nothing was saved. Look at it again and retry.</source>
        <translation>L’opportunité %1 a été modifiée ou supprimée ailleurs depuis sa lecture ; rien n’a été enregistré. Regardez-la de nouveau et réessayez.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="358"/>
        <source>Cannot delete the opportunity</source>
        <translation>Impossible de supprimer l’opportunité</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlbulkwriter.cpp" line="591"/>
        <location filename="../model/storage/sqlbulkwriter.cpp" line="602"/>
        <location filename="../model/storage/sqlbulkwriter.cpp" line="609"/>
        <location filename="../model/storage/sqlbulkwriter.cpp" line="618"/>
        <location filename="../model/storage/sqlbulkwriter.cpp" line="646"/>
        <source>Cannot write the data</source>
        <translation>Impossible d’écrire les données</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlbulkwriter.cpp" line="651"/>
        <source>Cannot index the data</source>
        <translation>Impossible d’indexer les données</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlcontactstore.cpp" line="118"/>
        <location filename="../model/storage/sqlcontactstore.cpp" line="145"/>
        <location filename="../model/storage/sqlcontactstore.cpp" line="171"/>
        <location filename="../model/storage/sqlcontactstore.cpp" line="196"/>
        <source>Cannot read the contacts</source>
        <translation>Impossible de lire les contacts</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlcontactstore.cpp" line="185"/>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="249"/>
        <source>Cannot read the contact</source>
        <translation>Impossible de lire le contact</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlcontactstore.cpp" line="206"/>
        <location filename="../model/storage/sqlcontactstore.cpp" line="279"/>
        <source>The contact %1 does not exist.</source>
        <translation>Le contact %1 n’existe pas.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlcontactstore.cpp" line="224"/>
        <source>Cannot add the contact</source>
        <translation>Impossible d’ajouter le contact</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlcontactstore.cpp" line="249"/>
        <source>Cannot save the contact</source>
        <translation>Impossible d’enregistrer le contact</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlcontactstore.cpp" line="251"/>
        <source>The contact %1 was changed elsewhere since it was read; nothing was saved. Look at it again and retry.</source>
        <translation>Le contact %1 a été modifié ailleurs depuis sa lecture ; rien n’a été enregistré. Regardez-le à nouveau et réessayez.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlcontactstore.cpp" line="277"/>
        <source>Cannot delete the contact</source>
        <translation>Impossible de supprimer le contact</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="77"/>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="91"/>
        <source>Cannot read the buying roles</source>
        <translation>Impossible de lire les rôles d’achat</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="93"/>
        <source>The buying role %1 does not exist.</source>
        <translation>Le rôle d’achat %1 n’existe pas.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="101"/>
        <source>A buying role needs a name.</source>
        <translation>Un rôle d’achat a besoin d’un nom.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="103"/>
        <source>A buying role&apos;s name is one line of at most 80 characters.</source>
        <translation>Le nom d’un rôle d’achat tient sur une ligne d’au plus 80 caractères.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="109"/>
        <source>There is already a buying role &quot;%1&quot;.</source>
        <translation>Il existe déjà un rôle d’achat « %1 ».</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="124"/>
        <source>Cannot add the buying role</source>
        <translation>Impossible d’ajouter le rôle d’achat</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="161"/>
        <source>Cannot rename the buying role</source>
        <translation>Impossible de renommer le rôle d’achat</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="175"/>
        <source>Cannot remove the buying role</source>
        <translation>Impossible de retirer le rôle d’achat</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="225"/>
        <source>Cannot read the stakeholders</source>
        <translation>Impossible de lire les parties prenantes</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="240"/>
        <source>Cannot read the deal</source>
        <translation>Impossible de lire l’affaire</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="242"/>
        <source>There is no opportunity %1.</source>
        <translation>Il n’y a pas d’opportunité %1.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="251"/>
        <source>There is no contact %1.</source>
        <translation>Il n’y a pas de contact %1.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="273"/>
        <source>%1 can report only to another stakeholder of this deal.</source>
        <translation>%1 ne peut rendre compte qu’à une autre partie prenante de cette affaire.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="278"/>
        <source>%1 cannot report to someone who reports to them.</source>
        <translation>%1 ne peut rendre compte à quelqu’un qui lui rend compte.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="301"/>
        <source>Cannot save the stakeholder</source>
        <translation>Impossible d’enregistrer la partie prenante</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="315"/>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="322"/>
        <source>Cannot remove the stakeholder</source>
        <translation>Impossible de retirer la partie prenante</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="324"/>
        <source>Contact %1 is not a stakeholder of deal %2.</source>
        <translation>Le contact %1 n’est pas partie prenante de l’affaire %2.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlsignoffstore.cpp" line="42"/>
        <location filename="../model/storage/sqlsignoffstore.cpp" line="58"/>
        <source>Cannot read the sign-off log</source>
        <translation>Impossible de lire le journal des validations</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlsignoffstore.cpp" line="106"/>
        <source>Cannot read the sign-offs waiting</source>
        <translation>Impossible de lire les validations en attente</translation>
    </message>
    <message>
        <location filename="../model/storage/sqllookbackstore.cpp" line="53"/>
        <source>longer than %1 characters.</source>
        <translation>plus de %1 caractères.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqllookbackstore.cpp" line="65"/>
        <source>Cannot read the competitors</source>
        <translation>Impossible de lire les concurrents</translation>
    </message>
    <message>
        <location filename="../model/storage/sqllookbackstore.cpp" line="79"/>
        <source>A competitor needs a name.</source>
        <translation>Un concurrent doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqllookbackstore.cpp" line="83"/>
        <source>Description: %1</source>
        <translation>Description : %1</translation>
    </message>
    <message>
        <location filename="../model/storage/sqllookbackstore.cpp" line="85"/>
        <source>Cannot add the competitor %1</source>
        <translation>Impossible d’ajouter le concurrent %1</translation>
    </message>
    <message>
        <location filename="../model/storage/sqllookbackstore.cpp" line="86"/>
        <source>Cannot change the competitor %1</source>
        <translation>Impossible de modifier le concurrent %1</translation>
    </message>
    <message>
        <location filename="../model/storage/sqllookbackstore.cpp" line="96"/>
        <source>There is already a competitor called %1.</source>
        <translation>Il existe déjà un concurrent nommé %1.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqllookbackstore.cpp" line="118"/>
        <source>The competitor %1 no longer exists.</source>
        <translation>Le concurrent %1 n’existe plus.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqllookbackstore.cpp" line="133"/>
        <location filename="../model/storage/sqllookbackstore.cpp" line="143"/>
        <source>Cannot remove the competitor</source>
        <translation>Impossible de retirer le concurrent</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/storage/sqllookbackstore.cpp" line="135"/>
        <source>Deals name this competitor (%n time(s)); it stays in the list so that their history keeps it.</source>
        <translation>
            <numerusform>Des affaires citent ce concurrent (%n fois) ; il reste dans la liste pour que leur historique le garde.</numerusform>
            <numerusform>Des affaires citent ce concurrent (%n fois) ; il reste dans la liste pour que leur historique le garde.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/storage/sqllookbackstore.cpp" line="157"/>
        <source>Cannot read the deal&apos;s competitors</source>
        <translation>Impossible de lire les concurrents de l’affaire</translation>
    </message>
    <message>
        <location filename="../model/storage/sqllookbackstore.cpp" line="170"/>
        <source>Strengths: %1</source>
        <translation>Forces : %1</translation>
    </message>
    <message>
        <location filename="../model/storage/sqllookbackstore.cpp" line="172"/>
        <source>Weaknesses: %1</source>
        <translation>Faiblesses : %1</translation>
    </message>
    <message>
        <location filename="../model/storage/sqllookbackstore.cpp" line="182"/>
        <location filename="../model/storage/sqllookbackstore.cpp" line="193"/>
        <source>Cannot save the deal&apos;s competitor</source>
        <translation>Impossible d’enregistrer le concurrent de l’affaire</translation>
    </message>
    <message>
        <location filename="../model/storage/sqllookbackstore.cpp" line="207"/>
        <source>Cannot remove the deal&apos;s competitor</source>
        <translation>Impossible de retirer le concurrent de l’affaire</translation>
    </message>
    <message>
        <location filename="../model/storage/sqllookbackstore.cpp" line="232"/>
        <location filename="../model/storage/sqllookbackstore.cpp" line="246"/>
        <location filename="../model/storage/sqllookbackstore.cpp" line="259"/>
        <location filename="../model/storage/sqllookbackstore.cpp" line="273"/>
        <location filename="../model/storage/sqllookbackstore.cpp" line="289"/>
        <source>Cannot read the closed deals</source>
        <translation>Impossible de lire les affaires clôturées</translation>
    </message>
    <message>
        <location filename="../model/storage/sqllookbackstore.cpp" line="291"/>
        <location filename="../model/storage/sqllookbackstore.cpp" line="316"/>
        <source>The close %1 does not exist.</source>
        <translation>La clôture %1 n’existe pas.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqllookbackstore.cpp" line="299"/>
        <source>A review needs the lesson learned.</source>
        <translation>Une revue exige la leçon apprise.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqllookbackstore.cpp" line="301"/>
        <source>Lesson: %1</source>
        <translation>Leçon : %1</translation>
    </message>
    <message>
        <location filename="../model/storage/sqllookbackstore.cpp" line="303"/>
        <source>Suggested change: %1</source>
        <translation>Changement suggéré : %1</translation>
    </message>
    <message>
        <location filename="../model/storage/sqllookbackstore.cpp" line="441"/>
        <source>Cannot add up the closed deals</source>
        <translation>Impossible d’additionner les affaires clôturées</translation>
    </message>
    <message>
        <location filename="../model/storage/sqllookbackstore.cpp" line="479"/>
        <source>Cannot read the lessons</source>
        <translation>Impossible de lire les enseignements</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlcoachingstore.cpp" line="56"/>
        <source>Cannot add up the coaching figures</source>
        <translation>Impossible de calculer les chiffres de coaching</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlcoachingstore.cpp" line="121"/>
        <source>Cannot read the deals</source>
        <translation>Impossible de lire les affaires</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlcoachingstore.cpp" line="139"/>
        <source>Cannot read the coaching notes</source>
        <translation>Impossible de lire les notes de coaching</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlcoachingstore.cpp" line="151"/>
        <source>A coaching note needs its text.</source>
        <translation>Une note de coaching a besoin de son texte.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlcoachingstore.cpp" line="153"/>
        <source>The coaching note is longer than %1 characters.</source>
        <translation>La note de coaching dépasse %1 caractères.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlcoachingstore.cpp" line="155"/>
        <source>A coaching note needs the rep it is for and its author.</source>
        <translation>Une note de coaching a besoin de son commercial et de son auteur.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlcoachingstore.cpp" line="172"/>
        <source>Cannot save the coaching note</source>
        <translation>Impossible d’enregistrer la note de coaching</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlcoachingstore.cpp" line="187"/>
        <source>Cannot mark the coaching note read</source>
        <translation>Impossible de marquer la note de coaching comme lue</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlcoachingstore.cpp" line="189"/>
        <location filename="../model/storage/sqlcoachingstore.cpp" line="204"/>
        <source>The coaching note %1 does not exist.</source>
        <translation>La note de coaching %1 n’existe pas.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlcoachingstore.cpp" line="202"/>
        <source>Cannot remove the coaching note</source>
        <translation>Impossible de supprimer la note de coaching</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlaccountstore.cpp" line="87"/>
        <source>Cannot add up the accounts</source>
        <translation>Impossible d’additionner les comptes</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlaccountstore.cpp" line="114"/>
        <source>Cannot read the account</source>
        <translation>Impossible de lire le compte</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlaccountstore.cpp" line="124"/>
        <source>An account needs a name.</source>
        <translation>Un compte a besoin d’un nom.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlaccountstore.cpp" line="125"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlaccountstore.cpp" line="126"/>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlaccountstore.cpp" line="127"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlaccountstore.cpp" line="130"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlaccountstore.cpp" line="133"/>
        <source>Potential: %1 is not an amount from 0 up.</source>
        <translation>Potentiel : %1 n’est pas un montant à partir de 0.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlaccountstore.cpp" line="135"/>
        <source>Employees: a head count cannot be below 0.</source>
        <translation>Effectif : un effectif ne peut pas être inférieur à 0.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlaccountstore.cpp" line="139"/>
        <source>Cannot save the account %1</source>
        <translation>Impossible d’enregistrer le compte %1</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlaccountstore.cpp" line="149"/>
        <source>There is already an account called %1.</source>
        <translation>Il existe déjà un compte nommé %1.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlaccountstore.cpp" line="158"/>
        <source>The territory of %1 no longer exists; choose another.</source>
        <translation>Le territoire de %1 n’existe plus ; choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlaccountstore.cpp" line="177"/>
        <source>The account %1 was changed elsewhere since it was read; nothing was saved. Look at it again and retry.</source>
        <translation>Le compte %1 a été modifié ailleurs depuis sa lecture ; rien n’a été enregistré. Regardez-le à nouveau et réessayez.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlaccountstore.cpp" line="186"/>
        <source>The account %1 no longer exists.</source>
        <translation>Le compte %1 n’existe plus.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlterritorystore.cpp" line="51"/>
        <source>Cannot read the territories</source>
        <translation>Impossible de lire les territoires</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlterritorystore.cpp" line="65"/>
        <source>A territory needs a name.</source>
        <translation>Un territoire a besoin d’un nom.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlterritorystore.cpp" line="71"/>
        <source>Cannot save the territory %1</source>
        <translation>Impossible d’enregistrer le territoire %1</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlterritorystore.cpp" line="79"/>
        <source>There is already a territory called %1.</source>
        <translation>Il existe déjà un territoire nommé %1.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlterritorystore.cpp" line="83"/>
        <source>The territory that was to hold %1 no longer exists.</source>
        <translation>Le territoire qui devait contenir %1 n’existe plus.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlterritorystore.cpp" line="88"/>
        <source>%1 cannot be inside itself or one of the territories in it.</source>
        <translation>%1 ne peut pas être dans lui-même ni dans l’un de ses territoires.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlterritorystore.cpp" line="113"/>
        <source>The territory %1 no longer exists.</source>
        <translation>Le territoire %1 n’existe plus.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlterritorystore.cpp" line="125"/>
        <source>Cannot remove the territory</source>
        <translation>Impossible de supprimer le territoire</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlterritorystore.cpp" line="132"/>
        <source>The territory no longer exists.</source>
        <translation>Le territoire n’existe plus.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlterritorystore.cpp" line="166"/>
        <source>Cannot read the territory rules</source>
        <translation>Impossible de lire les règles de territoire</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlterritorystore.cpp" line="183"/>
        <source>Rule %1: the head count from %L2 to %L3 is no band; give the least first (0 for no bound).</source>
        <translation>Règle %1 : l’effectif de %L2 à %L3 n’est pas une tranche ; donnez d’abord le plus petit (0 pour aucune limite).</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlterritorystore.cpp" line="193"/>
        <source>Cannot save the territory rules</source>
        <translation>Impossible d’enregistrer les règles de territoire</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlterritorystore.cpp" line="211"/>
        <source>Rule %1: its territory no longer exists; choose another.</source>
        <translation>Règle %1 : son territoire n’existe plus ; choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlterritorystore.cpp" line="239"/>
        <source>Cannot move the accounts</source>
        <translation>Impossible de déplacer les comptes</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlterritorystore.cpp" line="241"/>
        <source>An account was moved or removed elsewhere since the rules were previewed; nothing was moved. Preview the rules again.</source>
        <translation>Un compte a été déplacé ou supprimé ailleurs depuis l’aperçu des règles ; rien n’a été déplacé. Relancez l’aperçu des règles.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlterritorystore.cpp" line="257"/>
        <source>Cannot read the tiers</source>
        <translation>Impossible de lire les niveaux</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlterritorystore.cpp" line="277"/>
        <source>Tier %1: contact every 1 to %2 days, not %3.</source>
        <translation>Niveau %1 : contact tous les 1 à %2 jours, pas %3.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlterritorystore.cpp" line="295"/>
        <source>Cannot save the tiers</source>
        <translation>Impossible d’enregistrer les niveaux</translation>
    </message>
</context>
<context>
    <name>Stageboard::StageChecklistModel</name>
    <message>
        <location filename="../model/itemmodels/stagechecklistmodel.cpp" line="149"/>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/stagechecklistmodel.cpp" line="149"/>
        <source>advisory</source>
        <translation>conseillé</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/stagechecklistmodel.cpp" line="151"/>
        <source>sign-off: %1</source>
        <translation>validation : %1</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/stagechecklistmodel.cpp" line="153"/>
        <source>deal killer</source>
        <translation>critère éliminatoire</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/stagechecklistmodel.cpp" line="155"/>
        <source>checks itself</source>
        <translation>se vérifie seul</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/stagechecklistmodel.cpp" line="156"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/stagechecklistmodel.cpp" line="158"/>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/stagechecklistmodel.cpp" line="161"/>
        <source> — not needed below %1</source>
        <translation> — inutile en dessous de %1</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/stagechecklistmodel.cpp" line="164"/>
        <source> — answered no</source>
        <translation> — réponse non</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/stagechecklistmodel.cpp" line="164"/>
        <source> — rejected</source>
        <translation> — refusée</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/stagechecklistmodel.cpp" line="175"/>
        <source>Required: the deal cannot leave the stage without it.</source>
        <translation>Obligatoire : l’affaire ne peut pas quitter l’étape sans cela.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/stagechecklistmodel.cpp" line="176"/>
        <source>Advisory: moving on without it only warns.</source>
        <translation>Conseillé : avancer sans cela avertit seulement.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/stagechecklistmodel.cpp" line="178"/>
        <source>Deal killer: answered no, consider disqualifying the deal.</source>
        <translation>Critère éliminatoire : réponse non, envisagez de disqualifier l’affaire.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/stagechecklistmodel.cpp" line="181"/>
        <source>%1. It is met or not by itself; it cannot be ticked.</source>
        <translation>%1. Il est rempli ou non de lui-même ; il ne se coche pas.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/stagechecklistmodel.cpp" line="185"/>
        <source>Rejected</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/stagechecklistmodel.cpp" line="186"/>
        <source>Signed off</source>
        <translation>Validé</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/stagechecklistmodel.cpp" line="187"/>
        <source>%1 by %2 on %3</source>
        <translation>%1 par %2 le %3</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/stagechecklistmodel.cpp" line="195"/>
        <source>Asked only of deals of at least %1.</source>
        <translation>Demandé seulement aux affaires d’au moins %1.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/stagechecklistmodel.cpp" line="185"/>
        <source>Answered no</source>
        <translation>Réponse non</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/stagechecklistmodel.cpp" line="186"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/stagechecklistmodel.cpp" line="192"/>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <source>Only %1 or a manager can sign this off.</source>
        <translation type="vanished">Seul %1 ou un manager peut valider ceci.</translation>
    </message>
</context>
<context>
    <name>Stageboard::StageColumn</name>
    <message>
        <location filename="../ui/stagecolumn.cpp" line="113"/>
        <source>Stage %1</source>
        <translation>Étape %1</translation>
    </message>
    <message>
        <location filename="../ui/stagecolumn.cpp" line="125"/>
        <source>Total %1
Weighted %2</source>
        <translation>Total %1
Pondéré %2</translation>
    </message>
    <message>
        <location filename="../ui/stagecolumn.cpp" line="128"/>
        <source>Sorted by %1</source>
        <translation>Triées par %1</translation>
    </message>
    <message>
        <location filename="../ui/stagecolumn.cpp" line="129"/>
        <source>Expand %1</source>
        <translation>Déplier %1</translation>
    </message>
    <message>
        <location filename="../ui/stagecolumn.cpp" line="130"/>
        <source>Collapse %1 to a narrow strip; cards can still be dropped on it</source>
        <translation>Replier %1 en une bande étroite ; on peut toujours y déposer des cartes</translation>
    </message>
    <message>
        <location filename="../ui/stagecolumn.cpp" line="136"/>
        <source>New opportunity in %1</source>
        <translation>Nouvelle opportunité dans %1</translation>
    </message>
    <message>
        <location filename="../ui/stagecolumn.cpp" line="139"/>
        <source>%1 (%2 %)
%3
Owner: %4</source>
        <translation>%1 (%2 %)
%3
Responsable : %4</translation>
    </message>
    <message>
        <location filename="../ui/stagecolumn.cpp" line="143"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>Stageboard::StageGuide</name>
    <message>
        <location filename="../model/process/stageguide.cpp" line="25"/>
        <source>Sales process: %1</source>
        <translation>Processus de vente : %1</translation>
    </message>
    <message>
        <location filename="../model/process/stageguide.cpp" line="33"/>
        <source>closes a deal as won</source>
        <translation>conclut une affaire comme gagnée</translation>
    </message>
    <message>
        <location filename="../model/process/stageguide.cpp" line="34"/>
        <source>closes a deal as lost</source>
        <translation>conclut une affaire comme perdue</translation>
    </message>
    <message>
        <location filename="../model/process/stageguide.cpp" line="35"/>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <location filename="../model/process/stageguide.cpp" line="37"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../model/process/stageguide.cpp" line="39"/>
        <source>Kind: %1</source>
        <translation>Type : %1</translation>
    </message>
    <message>
        <location filename="../model/process/stageguide.cpp" line="39"/>
        <source>Probability of close: %1 %</source>
        <translation>Probabilité de conclure : %1 %</translation>
    </message>
    <message>
        <location filename="../model/process/stageguide.cpp" line="40"/>
        <source>Forecast category: %1</source>
        <translation>Catégorie de prévision : %1</translation>
    </message>
    <message>
        <location filename="../model/process/stageguide.cpp" line="42"/>
        <source>Owned by: %1</source>
        <translation>Responsables : %1</translation>
    </message>
    <message>
        <location filename="../model/process/stageguide.cpp" line="44"/>
        <source>Stalled after %1 days</source>
        <translation>Bloquée après %1 jours</translation>
    </message>
    <message>
        <location filename="../model/process/stageguide.cpp" line="50"/>
        <source>Definition:</source>
        <translation>Définition :</translation>
    </message>
    <message>
        <location filename="../model/process/stageguide.cpp" line="53"/>
        <source>Goal:</source>
        <translation>Objectif :</translation>
    </message>
    <message>
        <location filename="../model/process/stageguide.cpp" line="55"/>
        <source>Recommended activities</source>
        <translation>Activités recommandées</translation>
    </message>
    <message>
        <location filename="../model/process/stageguide.cpp" line="61"/>
        <source>To leave this stage</source>
        <translation>Pour quitter cette étape</translation>
    </message>
    <message>
        <location filename="../model/process/stageguide.cpp" line="63"/>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <location filename="../model/process/stageguide.cpp" line="63"/>
        <source>advisory</source>
        <translation>conseillé</translation>
    </message>
    <message>
        <location filename="../model/process/stageguide.cpp" line="65"/>
        <source>signed off by %1</source>
        <translation>validé par %1</translation>
    </message>
    <message>
        <location filename="../model/process/stageguide.cpp" line="67"/>
        <source>deal killer: a &quot;no&quot; suggests disqualifying</source>
        <translation>critère éliminatoire : un « non » suggère de disqualifier</translation>
    </message>
</context>
<context>
    <name>Stageboard::StageGuideDialog</name>
    <message>
        <location filename="../ui/stageguidedialog.cpp" line="35"/>
        <source>Stage Guide</source>
        <translation>Guide des étapes</translation>
    </message>
    <message>
        <location filename="../ui/stageguidedialog.cpp" line="39"/>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Pipeline :</translation>
    </message>
    <message>
        <location filename="../ui/stageguidedialog.cpp" line="59"/>
        <source>Stage guide</source>
        <translation>Guide des étapes</translation>
    </message>
    <message>
        <location filename="../ui/stageguidedialog.cpp" line="64"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../ui/stageguidedialog.cpp" line="65"/>
        <source>Export as P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../ui/stageguidedialog.cpp" line="90"/>
        <source>Stage guide: %1</source>
        <translation>Guide des étapes : %1</translation>
    </message>
    <message>
        <location filename="../ui/stageguidedialog.cpp" line="109"/>
        <source>Export Stage Guide as PDF</source>
        <translation>Exporter le guide des étapes en PDF</translation>
    </message>
    <message>
        <location filename="../ui/stageguidedialog.cpp" line="111"/>
        <source>Stage guide - %1.pdf</source>
        <translation>Guide des étapes - %1.pdf</translation>
    </message>
    <message>
        <location filename="../ui/stageguidedialog.cpp" line="112"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Stageboard::StakeholderDialog</name>
    <message>
        <location filename="../ui/buyinggroupview.cpp" line="29"/>
        <source>Add Stakeholder</source>
        <translation>Ajouter une partie prenante</translation>
    </message>
    <message>
        <location filename="../ui/buyinggroupview.cpp" line="37"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/buyinggroupview.cpp" line="39"/>
        <source>A contact at the account, or a new name</source>
        <translation>Un contact du compte, ou un nouveau nom</translation>
    </message>
    <message>
        <location filename="../ui/buyinggroupview.cpp" line="40"/>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact :</translation>
    </message>
    <message>
        <location filename="../ui/buyinggroupview.cpp" line="47"/>
        <source>Buying &amp;role:</source>
        <translation>&amp;Rôle d’achat :</translation>
    </message>
    <message>
        <location filename="../ui/buyinggroupview.cpp" line="52"/>
        <source>&amp;Stance:</source>
        <translation>&amp;Position :</translation>
    </message>
    <message>
        <location filename="../ui/buyinggroupview.cpp" line="57"/>
        <source>&amp;Influence:</source>
        <translation>&amp;Influence :</translation>
    </message>
    <message>
        <location filename="../ui/buyinggroupview.cpp" line="59"/>
        <source>Nobody in the group</source>
        <translation>Personne du groupe</translation>
    </message>
    <message>
        <location filename="../ui/buyinggroupview.cpp" line="62"/>
        <source>Reports &amp;to:</source>
        <translation>Rend &amp;compte à :</translation>
    </message>
</context>
<context>
    <name>Stageboard::Stance</name>
    <message>
        <location filename="../model/core/types.cpp" line="147"/>
        <source>Supporter</source>
        <translation>Favorable</translation>
    </message>
    <message>
        <location filename="../model/core/types.cpp" line="148"/>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <location filename="../model/core/types.cpp" line="149"/>
        <source>Opponent</source>
        <translation>Opposé</translation>
    </message>
</context>
<context>
    <name>Stageboard::Storage</name>
    <message>
        <location filename="../model/storage/sqlutil.cpp" line="21"/>
        <source>The database server does not answer (%1). Nothing was changed; Stageboard connects again when the server is back.</source>
        <translation>Le serveur de base de données ne répond pas (%1). Rien n’a été modifié ; Stageboard se reconnecte quand le serveur est de retour.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlutil.cpp" line="55"/>
        <source>%1. The disk is full or cannot be written to. Nothing was saved; free some space and try again.</source>
        <translation>%1. Le disque est plein ou ne peut pas être écrit. Rien n’a été enregistré ; libérez de la place et réessayez.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlutil.cpp" line="66"/>
        <source>The server does not allow this for your login (%1). Nothing was changed.</source>
        <translation>Le serveur ne le permet pas à votre identifiant (%1). Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlutil.cpp" line="181"/>
        <source>Could not start a transaction: %1</source>
        <translation>Impossible de démarrer une transaction : %1</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlutil.cpp" line="206"/>
        <source>Could not save the change to %1: %2</source>
        <translation>Impossible d’enregistrer la modification de %1 : %2</translation>
    </message>
</context>
<context>
    <name>Stageboard::TeamRolesDialog</name>
    <message>
        <location filename="../ui/teamrolesdialog.cpp" line="24"/>
        <source>Team Roles</source>
        <translation>Rôles d’équipe</translation>
    </message>
    <message>
        <location filename="../ui/teamrolesdialog.cpp" line="26"/>
        <source>The responsibilities of your company beyond rep, manager and admin: Legal, Finance, a plant manager, a solutions engineer. A person may hold several. In the process editor, a criterion is signed off by the members of one of these roles.</source>
        <translation>Les responsabilités de votre entreprise au-delà de commercial, manager et administrateur : juridique, finance, un directeur d’usine, un ingénieur avant-vente. Une personne peut en tenir plusieurs. Dans l’éditeur de processus, un critère est validé par les membres de l’un de ces rôles.</translation>
    </message>
    <message>
        <location filename="../ui/teamrolesdialog.cpp" line="33"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../ui/teamrolesdialog.cpp" line="35"/>
        <source>&amp;Add Role…</source>
        <translation>&amp;Ajouter un rôle…</translation>
    </message>
    <message>
        <location filename="../ui/teamrolesdialog.cpp" line="39"/>
        <source>Add Role</source>
        <translation>Ajouter un rôle</translation>
    </message>
    <message>
        <location filename="../ui/teamrolesdialog.cpp" line="39"/>
        <source>Name of the role:</source>
        <translation>Nom du rôle :</translation>
    </message>
    <message>
        <location filename="../ui/teamrolesdialog.cpp" line="44"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/teamrolesdialog.cpp" line="59"/>
        <source>What the role is responsible for</source>
        <translation>Ce dont le rôle est responsable</translation>
    </message>
    <message>
        <location filename="../ui/teamrolesdialog.cpp" line="64"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../ui/teamrolesdialog.cpp" line="73"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../ui/teamrolesdialog.cpp" line="74"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <location filename="../ui/teamrolesdialog.cpp" line="75"/>
        <source>&amp;Members:</source>
        <translation>&amp;Membres :</translation>
    </message>
    <message>
        <location filename="../ui/teamrolesdialog.cpp" line="76"/>
        <source>Signs off:</source>
        <translation>Valide :</translation>
    </message>
    <message>
        <location filename="../ui/teamrolesdialog.cpp" line="80"/>
        <source>Owns:</source>
        <translation>Responsable de :</translation>
    </message>
    <message>
        <location filename="../ui/teamrolesdialog.cpp" line="162"/>
        <source>%1 (inactive)</source>
        <translation>%1 (inactif)</translation>
    </message>
    <message>
        <location filename="../ui/teamrolesdialog.cpp" line="170"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/teamrolesdialog.cpp" line="177"/>
        <source>No stage; choose this role under &quot;Owned by&quot; in the process editor.</source>
        <translation>Aucune étape ; choisissez ce rôle sous « Responsables » dans l’éditeur de processus.</translation>
    </message>
    <message>
        <location filename="../ui/teamrolesdialog.cpp" line="180"/>
        <source>No criterion yet; choose this role under &quot;Signed off by&quot; in the process editor.</source>
        <translation>Aucun critère pour l’instant ; choisissez ce rôle sous « Validé par » dans l’éditeur de processus.</translation>
    </message>
</context>
<context>
    <name>Stageboard::TerritoriesDialog</name>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="53"/>
        <location filename="../ui/territoriesdialog.cpp" line="58"/>
        <source>Territories</source>
        <translation>Territoires</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="57"/>
        <location filename="../ui/territoriesdialog.cpp" line="154"/>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="57"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="57"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="63"/>
        <source>Add Territory Inside</source>
        <translation>Ajouter un territoire dedans</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="63"/>
        <source>Add Territory</source>
        <translation>Ajouter un territoire</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="64"/>
        <source>Name of the territory:</source>
        <translation>Nom du territoire :</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="68"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="70"/>
        <source>A territory at the top, such as a region</source>
        <translation>Un territoire au sommet, comme une région</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="72"/>
        <source>Add &amp;Inside…</source>
        <translation>Ajouter &amp;dedans…</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="74"/>
        <source>A territory inside the selected one</source>
        <translation>Un territoire dans celui sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="76"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="83"/>
        <source>Remove Territory</source>
        <translation>Supprimer le territoire</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="84"/>
        <source>Remove %1? Its accounts and the territories in it move to the territory it is in (at the top: to none); its rules go.</source>
        <translation>Supprimer %1 ? Ses comptes et ses territoires passent dans le territoire qui le contient (au sommet : dans aucun) ; ses règles disparaissent.</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="104"/>
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="113"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="114"/>
        <source>In&amp;side:</source>
        <translation>Dan&amp;s :</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="115"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="117"/>
        <source>Contact intervals</source>
        <translation>Intervalles de contact</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="126"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="128"/>
        <source>Tier %1, in touch every:</source>
        <translation>Niveau %1, contact tous les :</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="131"/>
        <source>An account not contacted within its tier&apos;s interval is overdue for contact.</source>
        <translation>Un compte non contacté dans l’intervalle de son niveau est en retard de contact.</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="149"/>
        <source>Each account goes to the territory of the first rule it matches: every field a rule gives must match (a size band only an account whose head count is known). An account that matches no rule stays where it is.</source>
        <translation>Chaque compte va au territoire de la première règle qui lui correspond : chaque champ qu’une règle donne doit correspondre (une tranche d’effectif seulement si l’effectif est connu). Un compte qui ne correspond à aucune règle reste où il est.</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="154"/>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="154"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="154"/>
        <source>Employees</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="157"/>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="166"/>
        <source>Add &amp;Rule…</source>
        <translation>Ajouter une &amp;règle…</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="174"/>
        <source>Remo&amp;ve Rule</source>
        <translation>Supprimer la règ&amp;le</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="177"/>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="180"/>
        <source>Move &amp;Down</source>
        <translation>Descen&amp;dre</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="183"/>
        <source>A&amp;pply Rules…</source>
        <translation>A&amp;ppliquer les règles…</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="185"/>
        <source>Shows which accounts the rules would move, then moves them</source>
        <translation>Montre quels comptes les règles déplaceraient, puis les déplace</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="199"/>
        <source>&amp;Territories</source>
        <translation>&amp;Territoires</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="200"/>
        <source>Assignment r&amp;ules</source>
        <translation>Règles d’&amp;affectation</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="311"/>
        <source>(at the top)</source>
        <translation>(au sommet)</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="403"/>
        <location filename="../ui/territoriesdialog.cpp" line="496"/>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="411"/>
        <source>%L1 to %L2</source>
        <translation>%L1 à %L2</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="413"/>
        <source>%L1 or more</source>
        <translation>%L1 ou plus</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="415"/>
        <source>up to %L1</source>
        <translation>jusqu’à %L1</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="465"/>
        <source>Add a territory first: a rule assigns accounts to one.</source>
        <translation>Ajoutez d’abord un territoire : une règle y affecte des comptes.</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="469"/>
        <source>Assignment Rule</source>
        <translation>Règle d’affectation</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="507"/>
        <source>no bound</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="515"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="518"/>
        <source>&amp;Territory:</source>
        <translation>&amp;Territoire :</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="519"/>
        <source>&amp;Industry:</source>
        <translation>&amp;Secteur :</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="520"/>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="521"/>
        <source>&amp;Employees:</source>
        <translation>&amp;Effectif :</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="567"/>
        <location filename="../ui/territoriesdialog.cpp" line="578"/>
        <source>Apply Rules</source>
        <translation>Appliquer les règles</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="568"/>
        <source>Every account is where the rules put it already; nothing would move.</source>
        <translation>Chaque compte est déjà là où les règles le placent ; rien ne bougerait.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/territoriesdialog.cpp" line="580"/>
        <source>The rules would move %n account(s):</source>
        <translation>
            <numerusform>Les règles déplaceraient %n compte :</numerusform>
            <numerusform>Les règles déplaceraient %n comptes :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="581"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="581"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="581"/>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="583"/>
        <source>(no territory)</source>
        <translation>(aucun territoire)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/territoriesdialog.cpp" line="591"/>
        <source>&amp;Move %n Account(s)</source>
        <translation>
            <numerusform>&amp;Déplacer %n compte</numerusform>
            <numerusform>&amp;Déplacer %n comptes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stageboard::UndoRecorder</name>
    <message>
        <location filename="../ui/undorecorder.cpp" line="86"/>
        <source>%1 of &quot;%2&quot; changed elsewhere since; nothing was changed, so as not to overwrite it.</source>
        <translation>%1 de « %2 » a changé ailleurs depuis ; rien n’a été modifié, pour ne pas l’écraser.</translation>
    </message>
    <message>
        <location filename="../ui/undorecorder.cpp" line="121"/>
        <source>Move &quot;%1&quot; to %2</source>
        <translation>Déplacer « %1 » vers %2</translation>
    </message>
    <message>
        <location filename="../ui/undorecorder.cpp" line="131"/>
        <source>New opportunity &quot;%1&quot;</source>
        <translation>Nouvelle opportunité « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/undorecorder.cpp" line="138"/>
        <source>Edit &quot;%1&quot;</source>
        <translation>Modifier « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/undorecorder.cpp" line="144"/>
        <source>Delete &quot;%1&quot;</source>
        <translation>Supprimer « %1 »</translation>
    </message>
</context>
<context>
    <name>Stageboard::UserRole</name>
    <message>
        <location filename="../model/core/types.cpp" line="22"/>
        <source>Sales rep</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <location filename="../model/core/types.cpp" line="23"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../model/core/types.cpp" line="24"/>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location filename="../model/core/types.cpp" line="25"/>
        <source>Legal</source>
        <translation>Juridique</translation>
    </message>
    <message>
        <location filename="../model/core/types.cpp" line="26"/>
        <source>Finance</source>
        <translation>Finance</translation>
    </message>
</context>
<context>
    <name>Stageboard::UsersDialog</name>
    <message>
        <location filename="../ui/usersdialog.cpp" line="44"/>
        <source>Users and Roles</source>
        <translation>Utilisateurs et rôles</translation>
    </message>
    <message>
        <location filename="../ui/usersdialog.cpp" line="46"/>
        <source>Everyone who works in this database. A rep moves their own deals; a manager every deal, and may override a gate; an admin also changes users and the sales process; legal and finance sign off the criteria that need them. Someone who left is made inactive: their deals and history keep their name.</source>
        <translation>Toutes les personnes qui travaillent dans cette base. Un commercial fait avancer ses propres affaires ; un manager toutes les affaires, et peut passer outre une étape de validation ; un administrateur modifie aussi les utilisateurs et le processus de vente ; le juridique et la finance valident les critères qui les concernent. Une personne partie est désactivée : ses affaires et son historique gardent son nom.</translation>
    </message>
    <message>
        <location filename="../ui/usersdialog.cpp" line="55"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../ui/usersdialog.cpp" line="56"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/usersdialog.cpp" line="56"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../ui/usersdialog.cpp" line="56"/>
        <location filename="../ui/usersdialog.cpp" line="147"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../ui/usersdialog.cpp" line="56"/>
        <source>Server login</source>
        <translation>Identifiant serveur</translation>
    </message>
    <message>
        <location filename="../ui/usersdialog.cpp" line="78"/>
        <location filename="../ui/usersdialog.cpp" line="79"/>
        <source>New person&apos;s name</source>
        <translation>Nom de la nouvelle personne</translation>
    </message>
    <message>
        <location filename="../ui/usersdialog.cpp" line="82"/>
        <source>New person&apos;s role</source>
        <translation>Rôle de la nouvelle personne</translation>
    </message>
    <message>
        <location filename="../ui/usersdialog.cpp" line="83"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../ui/usersdialog.cpp" line="136"/>
        <source>Double-click to rename</source>
        <translation>Double-cliquez pour renommer</translation>
    </message>
    <message>
        <location filename="../ui/usersdialog.cpp" line="139"/>
        <source>Role of %1</source>
        <translation>Rôle de %1</translation>
    </message>
    <message>
        <location filename="../ui/usersdialog.cpp" line="147"/>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <location filename="../ui/usersdialog.cpp" line="151"/>
        <source>(none yet)</source>
        <translation>(pas encore)</translation>
    </message>
    <message>
        <location filename="../ui/usersdialog.cpp" line="181"/>
        <source>%1 is already a user.</source>
        <translation>%1 est déjà un utilisateur.</translation>
    </message>
    <message>
        <location filename="../ui/usersdialog.cpp" line="197"/>
        <source>%1 was added, but has no login on the server yet: %2 The database&apos;s owner can give one with &quot;stageboard-cli setup-roles&quot;.</source>
        <translation>%1 a été ajouté, mais n’a pas encore d’identifiant sur le serveur : %2 Le propriétaire de la base peut lui en donner un avec « stageboard-cli setup-roles ».</translation>
    </message>
    <message>
        <location filename="../ui/usersdialog.cpp" line="205"/>
        <source>%1: login %2, password %3</source>
        <translation>%1 : identifiant %2, mot de passe %3</translation>
    </message>
    <message>
        <location filename="../ui/usersdialog.cpp" line="211"/>
        <source>New Logins</source>
        <translation>Nouveaux identifiants</translation>
    </message>
    <message>
        <location filename="../ui/usersdialog.cpp" line="212"/>
        <source>Pass each password on to its person, who changes it with &quot;\password&quot; in psql. It is shown only now.</source>
        <translation>Transmettez chaque mot de passe à sa personne, qui le change avec « \password » dans psql. Il n’est affiché que maintenant.</translation>
    </message>
</context>
<context>
    <name>Stageboard::WaitingModel</name>
    <message>
        <location filename="../model/itemmodels/waitingmodel.cpp" line="100"/>
        <source>There is no sign-off in row %1.</source>
        <translation>Il n’y a pas de validation à la ligne %1.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/waitingmodel.cpp" line="144"/>
        <source>%1 is in &quot;%2&quot;, a stage %3 owns, since %4 (owner: %5).</source>
        <translation>%1 est dans « %2 », une étape dont %3 est responsable, depuis le %4 (responsable : %5).</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/waitingmodel.cpp" line="150"/>
        <source>%1 waits for %2&apos;s sign-off &quot;%3&quot; since %4 (owner: %5).</source>
        <translation>%1 attend depuis %4 la validation « %3 » par %2 (responsable : %5).</translation>
    </message>
    <message>
        <source>(the stage is your role&apos;s)</source>
        <translation type="vanished">(l’étape relève de votre rôle)</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/waitingmodel.cpp" line="167"/>
        <source>Your role owns the stage</source>
        <translation>Votre rôle est responsable de l’étape</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/waitingmodel.cpp" line="174"/>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/waitingmodel.cpp" line="174"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/itemmodels/waitingmodel.cpp" line="186"/>
        <source>Opportunity</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/waitingmodel.cpp" line="188"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/waitingmodel.cpp" line="190"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/waitingmodel.cpp" line="192"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/waitingmodel.cpp" line="194"/>
        <source>Sign-off</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/waitingmodel.cpp" line="196"/>
        <source>Your role</source>
        <translation>Votre rôle</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/waitingmodel.cpp" line="198"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/waitingmodel.cpp" line="200"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
</context>
<context>
    <name>Stageboard::WaitingView</name>
    <message>
        <source>The sign-offs your roles are asked for, longest waiting first. Select one, then sign it off, or reject it saying why.</source>
        <translation type="vanished">Les validations demandées à vos rôles, la plus ancienne d’abord. Choisissez-en une, puis validez-la, ou refusez-la en disant pourquoi.</translation>
    </message>
    <message>
        <location filename="../ui/waitingview.cpp" line="31"/>
        <source>Waiting on me</source>
        <translation>En attente de moi</translation>
    </message>
    <message>
        <source>Nothing waits on you. When a deal reaches a stage whose sign-off one of your roles gives, it appears here.</source>
        <translation type="vanished">Rien ne vous attend. Quand une affaire atteint une étape dont la validation revient à l’un de vos rôles, elle apparaît ici.</translation>
    </message>
    <message>
        <location filename="../ui/waitingview.cpp" line="24"/>
        <source>The sign-offs your roles are asked for, and the deals in stages your roles own, longest waiting first. Select a sign-off, then sign it off, or reject it saying why; open a deal to work it.</source>
        <translation>Les validations demandées à vos rôles, et les affaires des étapes dont vos rôles sont responsables, les plus anciennes d’abord. Choisissez une validation, puis validez-la ou refusez-la en disant pourquoi ; ouvrez une affaire pour la traiter.</translation>
    </message>
    <message>
        <location filename="../ui/waitingview.cpp" line="40"/>
        <source>Nothing waits on you. When a deal reaches a stage one of your roles owns, or whose sign-off it gives, it appears here.</source>
        <translation>Rien ne vous attend. Quand une affaire atteint une étape dont l’un de vos rôles est responsable, ou dont il donne la validation, elle apparaît ici.</translation>
    </message>
    <message>
        <location filename="../ui/waitingview.cpp" line="48"/>
        <source>Comment for the rep (needed to reject)</source>
        <translation>Commentaire pour le commercial (nécessaire pour refuser)</translation>
    </message>
    <message>
        <location filename="../ui/waitingview.cpp" line="49"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../ui/waitingview.cpp" line="51"/>
        <source>&amp;Sign Off</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <location filename="../ui/waitingview.cpp" line="53"/>
        <source>&amp;Reject</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <location filename="../ui/waitingview.cpp" line="55"/>
        <source>&amp;Open Opportunity</source>
        <translation>&amp;Ouvrir l’affaire</translation>
    </message>
    <message>
        <location filename="../ui/waitingview.cpp" line="126"/>
        <source>Waiting on Me (%1)</source>
        <translation>En attente de moi (%1)</translation>
    </message>
    <message>
        <location filename="../ui/waitingview.cpp" line="126"/>
        <source>Waiting on Me</source>
        <translation>En attente de moi</translation>
    </message>
    <message>
        <location filename="../ui/waitingview.cpp" line="149"/>
        <source>Signed off &quot;%1&quot; on &quot;%2&quot;.</source>
        <translation>« %1 » validé pour « %2 ».</translation>
    </message>
    <message>
        <location filename="../ui/waitingview.cpp" line="150"/>
        <source>Rejected &quot;%1&quot; on &quot;%2&quot;; its owner sees why.</source>
        <translation>« %1 » refusé pour « %2 » ; son responsable voit pourquoi.</translation>
    </message>
    <message>
        <location filename="../ui/waitingview.cpp" line="170"/>
        <source>Nothing to sign: open the deal to work it.</source>
        <translation>Rien à valider : ouvrez l’affaire pour la traiter.</translation>
    </message>
    <message>
        <location filename="../ui/waitingview.cpp" line="172"/>
        <source>Reject the sign-off; the rep sees your comment.</source>
        <translation>Refuser la validation ; le commercial voit votre commentaire.</translation>
    </message>
    <message>
        <location filename="../ui/waitingview.cpp" line="173"/>
        <source>Write in the comment why, then reject.</source>
        <translation>Écrivez pourquoi dans le commentaire, puis refusez.</translation>
    </message>
</context>
<context>
    <name>Stageboard::WelcomeOverlay</name>
    <message>
        <location filename="../ui/welcomeoverlay.cpp" line="33"/>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location filename="../ui/welcomeoverlay.cpp" line="38"/>
        <source>Got It</source>
        <translation>Compris</translation>
    </message>
</context>
<context>
    <name>Stageboard::WinLossView</name>
    <message>
        <location filename="../ui/winlossview.cpp" line="59"/>
        <location filename="../ui/winlossview.cpp" line="553"/>
        <location filename="../ui/winlossview.cpp" line="567"/>
        <location filename="../ui/winlossview.cpp" line="720"/>
        <source>Won</source>
        <translation>Gagnées</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="60"/>
        <location filename="../ui/winlossview.cpp" line="554"/>
        <location filename="../ui/winlossview.cpp" line="568"/>
        <location filename="../ui/winlossview.cpp" line="720"/>
        <source>Lost</source>
        <translation>Perdues</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="61"/>
        <location filename="../ui/winlossview.cpp" line="573"/>
        <source>Win rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="62"/>
        <source>Won amount</source>
        <translation>Montant gagné</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="63"/>
        <source>Lost amount</source>
        <translation>Montant perdu</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="64"/>
        <source>Average cycle</source>
        <translation>Cycle moyen</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="112"/>
        <source>Group closed deals by</source>
        <translation>Regrouper les affaires clôturées par</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="129"/>
        <source>First close month</source>
        <translation>Premier mois de clôture</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="130"/>
        <source>Last close month</source>
        <translation>Dernier mois de clôture</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="132"/>
        <source>Pipeline filter</source>
        <translation>Filtre par pipeline</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="134"/>
        <source>Rep filter</source>
        <translation>Filtre par commercial</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="136"/>
        <source>Territory filter</source>
        <translation>Filtre par territoire</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="145"/>
        <source>Group by</source>
        <translation>Regrouper par</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="147"/>
        <source>Closed from</source>
        <translation>Clôturées de</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="147"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="151"/>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="152"/>
        <source>Export the win/loss view as PDF</source>
        <translation>Exporter la vue gagnées/perdues en PDF</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="156"/>
        <location filename="../ui/winlossview.cpp" line="159"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="157"/>
        <location filename="../ui/winlossview.cpp" line="271"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="160"/>
        <source>Deal</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="161"/>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="162"/>
        <source>Lesson learned</source>
        <translation>Enseignement</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="163"/>
        <source>Suggested change</source>
        <translation>Changement proposé</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="164"/>
        <source>Reviewed</source>
        <translation>Revue le</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="180"/>
        <source>Won and lost by group</source>
        <translation>Gagnées et perdues par groupe</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="181"/>
        <source>Won, lost and win rate by quarter</source>
        <translation>Gagnées, perdues et taux de réussite par trimestre</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="182"/>
        <source>Won and lost</source>
        <translation>Gagnées et perdues</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="185"/>
        <source>Win rate by quarter</source>
        <translation>Taux de réussite par trimestre</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="193"/>
        <source>Win/loss tables</source>
        <translation>Tableaux gagnées/perdues</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="194"/>
        <source>Win/loss by group</source>
        <translation>Gagnées/perdues par groupe</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="196"/>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="197"/>
        <source>Win/loss by quarter</source>
        <translation>Gagnées/perdues par trimestre</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="199"/>
        <source>Quarters</source>
        <translation>Trimestres</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="213"/>
        <source>Lessons learned</source>
        <translation>Enseignements</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="226"/>
        <source>Double-click a lesson to open its deal.</source>
        <translation>Double-cliquez sur un enseignement pour ouvrir son affaire.</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="238"/>
        <source>Win/loss analysis</source>
        <translation>Analyse gagnées/perdues</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="257"/>
        <source>Close reason</source>
        <translation>Raison de clôture</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="259"/>
        <source>Competitor</source>
        <translation>Concurrent</translation>
    </message>
    <message>
        <source>Stage lost at</source>
        <translation type="vanished">Étape de la perte</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="263"/>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="265"/>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="267"/>
        <source>Rep</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="269"/>
        <source>Deal size</source>
        <translation>Taille de l’affaire</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="328"/>
        <source>All reps</source>
        <translation>Tous les commerciaux</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="339"/>
        <source>All territories</source>
        <translation>Tous les territoires</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="343"/>
        <source>All pipelines</source>
        <translation>Tous les pipelines</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="418"/>
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="424"/>
        <source>No reason given</source>
        <translation>Aucune raison donnée</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="426"/>
        <source>Closed from its first stage</source>
        <translation>Clôturée dès sa première étape</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="428"/>
        <source>No owner</source>
        <translation>Sans responsable</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="430"/>
        <source>Not set</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="481"/>
        <source>Closed %1 to %2</source>
        <translation>Clôturées de %1 à %2</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="491"/>
        <source>A deal that named several competitors counts once for each of them.</source>
        <translation>Une affaire qui cite plusieurs concurrents compte une fois pour chacun.</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="515"/>
        <source>No deals won or lost in this period.</source>
        <translation>Aucune affaire gagnée ni perdue sur cette période.</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="518"/>
        <source>%1 won, %2 lost: win rate %3 %, %4 won, %5 days from creation to close on average.</source>
        <translation>%1 gagnées, %2 perdues : taux de réussite %3 %, %4 gagnés, %5 jours en moyenne de la création à la clôture.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/winlossview.cpp" line="525"/>
        <source>%n deal(s) in a currency without an exchange rate left out of the amounts.</source>
        <translation>
            <numerusform>%n affaire dans une devise sans taux de change est exclue des montants.</numerusform>
            <numerusform>%n affaires dans une devise sans taux de change sont exclues des montants.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="624"/>
        <source>Won and lost: %1</source>
        <translation>Gagnées et perdues : %1</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="549"/>
        <source>Deals closed</source>
        <translation>Affaires clôturées</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="261"/>
        <source>Stage closed from</source>
        <translation>Étape de clôture</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="585"/>
        <source>Win rate (%)</source>
        <translation>Taux de réussite (%)</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="685"/>
        <source>No deals closed in this period</source>
        <translation>Aucune affaire clôturée sur cette période</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="687"/>
        <source>Open a database to see its closed deals.</source>
        <translation>Ouvrez une base de données pour voir ses affaires clôturées.</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="688"/>
        <source>Deals won or lost with a close date from %1 to %2 are counted here. Choose an earlier month, other filters, or close deals on the board.</source>
        <translation>Les affaires gagnées ou perdues dont la date de clôture va de %1 à %2 sont comptées ici. Choisissez un mois plus ancien, d’autres filtres, ou clôturez des affaires sur le tableau.</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="728"/>
        <source>&lt;b&gt;Lessons learned: %1&lt;/b&gt;: none yet. A manager writes them on the Look-back tab.</source>
        <translation>&lt;b&gt;Enseignements : %1&lt;/b&gt; : aucun pour l’instant. Un manager les rédige dans l’onglet Revue.</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="732"/>
        <source>&lt;b&gt;Lessons learned: %1&lt;/b&gt;, newest first.</source>
        <translation>&lt;b&gt;Enseignements : %1&lt;/b&gt;, les plus récents d’abord.</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="736"/>
        <source>&lt;b&gt;Lessons learned&lt;/b&gt;: none yet. A manager writes them on the Look-back tab.</source>
        <translation>&lt;b&gt;Enseignements&lt;/b&gt; : aucun pour l’instant. Un manager les rédige dans l’onglet Revue.</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="739"/>
        <source>&lt;b&gt;Lessons learned&lt;/b&gt;, newest first. Select a row above to see its own.</source>
        <translation>&lt;b&gt;Enseignements&lt;/b&gt;, les plus récents d’abord. Sélectionnez une ligne ci-dessus pour ne voir que les siens.</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="744"/>
        <location filename="../ui/winlossview.cpp" line="751"/>
        <source>Stageboard win/loss</source>
        <translation>Stageboard gagnées/perdues</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="750"/>
        <source>Export Win/Loss as PDF</source>
        <translation>Exporter gagnées/perdues en PDF</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="81"/>
        <source>Your sales process as a kanban board.</source>
        <translation>Votre processus de vente en tableau kanban.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="87"/>
        <source>Open a SQLite file (created with a demo pipeline when it does not exist), or a shared database given as postgresql://user@host:port/database.</source>
        <translation>Ouvrir un fichier SQLite (créé avec un pipeline de démonstration s’il n’existe pas), ou une base partagée donnée sous la forme postgresql://utilisateur@hôte:port/base.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="90"/>
        <source>database</source>
        <translation>base</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="113"/>
        <source>Stageboard</source>
        <translation>Stageboard</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="115"/>
        <source>Open Another…</source>
        <translation>En ouvrir une autre…</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="120"/>
        <source>Use the Default Database</source>
        <translation>Utiliser la base par défaut</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="132"/>
        <source>Open Database</source>
        <translation>Ouvrir une base</translation>
    </message>
</context>
</TS>
