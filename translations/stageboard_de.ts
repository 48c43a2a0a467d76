<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Stageboard</name>
    <message>
        <location filename="../app/cli/demo.cpp" line="18"/>
        <source>--deals must be a whole number from 0 to 10000000, not &quot;%1&quot;.</source>
        <translation>--deals muss eine ganze Zahl von 0 bis 10000000 sein, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/demo.cpp" line="28"/>
        <source>--seed must be a whole number, not &quot;%1&quot;.</source>
        <translation>--seed muss eine ganze Zahl sein, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/demo.cpp" line="57"/>
        <source>Created %1 with %2 opportunities in %3 s.</source>
        <translation>%1 mit %2 Verkaufschancen in %3 s angelegt.</translation>
    </message>
    <message>
        <location filename="../app/cli/demo.cpp" line="71"/>
        <source>Create a database with the default process and generated deals.</source>
        <translation>Eine Datenbank mit dem Standardprozess und erzeugten Deals anlegen.</translation>
    </message>
    <message>
        <location filename="../app/cli/demo.cpp" line="73"/>
        <source>Creates the database --database names (a new file, or an empty database on a server) with the default process and --deals generated opportunities, their history, quotas and forecast snapshots.</source>
        <translation>Legt die mit --database genannte Datenbank an (eine neue Datei oder eine leere Datenbank auf einem Server), mit dem Standardprozess und --deals erzeugten Verkaufschancen samt Verlauf, Quoten und Prognose-Momentaufnahmen.</translation>
    </message>
    <message>
        <location filename="../app/cli/demo.cpp" line="83"/>
        <source>The random seed; the same seed gives the same data.</source>
        <translation>Der Zufallsstartwert; derselbe Wert ergibt dieselben Daten.</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="56"/>
        <location filename="../app/cli/copy.cpp" line="29"/>
        <source>There is no database at %1.</source>
        <translation>Unter %1 gibt es keine Datenbank.</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="43"/>
        <source>There is no stage named &quot;%1&quot;. The stages are: %2.</source>
        <translation>Es gibt keine Phase „%1“. Die Phasen sind: %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/demo.cpp" line="43"/>
        <source>%1 already holds %2 opportunities; demo data goes into a new database.</source>
        <translation>%1 enthält bereits %2 Verkaufschancen; Demodaten kommen in eine neue Datenbank.</translation>
    </message>
    <message>
        <location filename="../app/cli/list.cpp" line="69"/>
        <source>Cannot write to standard output.</source>
        <translation>Auf die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../app/cli/list.cpp" line="100"/>
        <source>Print the opportunities as CSV.</source>
        <translation>Die Verkaufschancen als CSV ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/list.cpp" line="103"/>
        <source>Prints every opportunity as CSV: id, title, account, owner, stage, amount, currency, close_date, outcome.</source>
        <translation>Gibt jede Verkaufschance als CSV aus: id, title, account, owner, stage, amount, currency, close_date, outcome.</translation>
    </message>
    <message>
        <location filename="../app/cli/list.cpp" line="108"/>
        <source>Only the deals in this stage.</source>
        <translation>Nur die Deals in dieser Phase.</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="106"/>
        <source>--deal must be an opportunity id, not &quot;%1&quot;.</source>
        <translation>--deal muss die ID einer Verkaufschance sein, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/move.cpp" line="14"/>
        <location filename="../app/cli/move.cpp" line="39"/>
        <source>move needs --deal ID --to STAGE --as USER.</source>
        <translation>move braucht --deal ID --to PHASE --as BENUTZER.</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="143"/>
        <source>There is no user named &quot;%1&quot;; see the users command.</source>
        <translation>Es gibt keinen Benutzer „%1“; siehe den Befehl users.</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="132"/>
        <source>Your login acts as %1 on this server, and may not act as &quot;%2&quot;.</source>
        <translation>Ihre Anmeldung handelt auf diesem Server als %1 und darf nicht als „%2“ handeln.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/setuproles.cpp" line="36"/>
        <source>%n login(s) created; pass each new password on to its person, who changes it with &quot;\password&quot; in psql. Logins that existed keep their password.</source>
        <translation>
            <numerusform>%n Anmeldung angelegt; geben Sie das neue Passwort an die Person weiter, die es in psql mit „\password“ ändert. Bestehende Anmeldungen behalten ihr Passwort.</numerusform>
            <numerusform>%n Anmeldungen angelegt; geben Sie jedes neue Passwort an seine Person weiter, die es in psql mit „\password“ ändert. Bestehende Anmeldungen behalten ihr Passwort.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/setuproles.cpp" line="49"/>
        <source>Give every user a login of their own on a PostgreSQL server.</source>
        <translation>Jedem Benutzer eine eigene Anmeldung auf einem PostgreSQL-Server geben.</translation>
    </message>
    <message>
        <location filename="../app/cli/setuproles.cpp" line="52"/>
        <source>On a PostgreSQL server, as the database&apos;s owner: gives every user a login of their own and lets the server enforce what each role may do. Prints login,name,role,new_password as CSV.</source>
        <translation>Auf einem PostgreSQL-Server, als Eigentümer der Datenbank: gibt jedem Benutzer eine eigene Anmeldung und lässt den Server durchsetzen, was jede Rolle darf. Gibt login,name,role,new_password als CSV aus.</translation>
    </message>
    <message>
        <location filename="../app/cli/move.cpp" line="43"/>
        <source>&quot;%1&quot; is already in %2; nothing was moved.</source>
        <translation>„%1“ ist schon in %2; nichts wurde verschoben.</translation>
    </message>
    <message>
        <source>--lost-to: there is no competitor called &quot;%1&quot;; the competitors are: %2.</source>
        <translation type="vanished">--lost-to: Es gibt keinen Wettbewerber „%1“; die Wettbewerber sind: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation type="vanished">keine</translation>
    </message>
    <message>
        <location filename="../app/cli/move.cpp" line="91"/>
        <source>Give it with --reason.</source>
        <translation>Geben Sie ihn mit --reason an.</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="226"/>
        <location filename="../app/cli/move.cpp" line="99"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/move.cpp" line="54"/>
        <source>warning: --lost-to is for a deal lost to a competitor; %1 is not a lost stage, so it was left out.</source>
        <translation>Warnung: --lost-to gilt für eine an einen Wettbewerber verlorene Verkaufschance; %1 ist keine Verloren-Phase, daher wurde es weggelassen.</translation>
    </message>
    <message>
        <location filename="../app/cli/move.cpp" line="73"/>
        <source>--lost-to: %1</source>
        <translation>--lost-to: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/move.cpp" line="77"/>
        <source>Added the competitor %1 to the list.</source>
        <translation>Wettbewerber %1 zur Liste hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../app/cli/move.cpp" line="101"/>
        <source>Moved &quot;%1&quot; from %2 to %3.</source>
        <translation>„%1“ von %2 nach %3 verschoben.</translation>
    </message>
    <message>
        <location filename="../app/cli/move.cpp" line="113"/>
        <source>Move a deal through its stage gates.</source>
        <translation>Einen Deal durch seine Phasen-Gates bewegen.</translation>
    </message>
    <message>
        <location filename="../app/cli/move.cpp" line="115"/>
        <source>Moves the deal --deal names to the stage --to names, as --as, through the stage&apos;s gate. Exits with 3 when the gate refuses, listing what is missing.</source>
        <translation>Verschiebt den mit --deal genannten Deal als --as durch das Gate der Phase in die mit --to genannte Phase. Endet mit 3, wenn das Gate ablehnt, und nennt, was fehlt.</translation>
    </message>
    <message>
        <location filename="../app/cli/move.cpp" line="121"/>
        <source>The stage to move to.</source>
        <translation>Die Zielphase.</translation>
    </message>
    <message>
        <location filename="../app/cli/move.cpp" line="121"/>
        <source>stage</source>
        <translation>phase</translation>
    </message>
    <message>
        <location filename="../app/cli/move.cpp" line="124"/>
        <source>Why it was won or lost (to close it).</source>
        <translation>Warum er gewonnen oder verloren wurde (zum Abschließen).</translation>
    </message>
    <message>
        <location filename="../app/cli/move.cpp" line="126"/>
        <source>A further reason it was won or lost (repeatable).</source>
        <translation>Ein weiterer Grund für Gewinn oder Verlust (mehrfach möglich).</translation>
    </message>
    <message>
        <location filename="../app/cli/move.cpp" line="128"/>
        <source>The competitor it was lost to (a new name joins the list).</source>
        <translation>Der Wettbewerber, an den sie verloren ging (ein neuer Name kommt in die Liste).</translation>
    </message>
    <message>
        <source>The competitor it was lost to (a name from the list).</source>
        <translation type="vanished">Der Wettbewerber, an den sie verloren ging (ein Name aus der Liste).</translation>
    </message>
    <message>
        <location filename="../app/cli/move.cpp" line="129"/>
        <source>competitor</source>
        <translation>Wettbewerber</translation>
    </message>
    <message>
        <location filename="../app/cli/move.cpp" line="130"/>
        <source>Notes on the close.</source>
        <translation>Notizen zum Abschluss.</translation>
    </message>
    <message>
        <location filename="../app/cli/move.cpp" line="132"/>
        <source>A manager&apos;s reason to move past unmet required criteria.</source>
        <translation>Die Begründung eines Managers, an unerfüllten Pflichtkriterien vorbei zu verschieben.</translation>
    </message>
    <message>
        <location filename="../app/cli/history.cpp" line="18"/>
        <source>history needs --deal ID.</source>
        <translation>history braucht --deal ID.</translation>
    </message>
    <message>
        <location filename="../app/cli/history.cpp" line="62"/>
        <source>Print a deal&apos;s stage ledger as CSV.</source>
        <translation>Das Phasenprotokoll eines Deals als CSV ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/history.cpp" line="64"/>
        <source>Prints every stage change of the deal --deal names, oldest first, as CSV.</source>
        <translation>Gibt jeden Phasenwechsel des mit --deal genannten Deals als CSV aus, den ältesten zuerst.</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="23"/>
        <source>Who does it (a user&apos;s name); on a server that knows your login, you.</source>
        <translation>Wer es tut (der Name eines Benutzers); auf einem Server, der Ihre Anmeldung kennt, Sie.</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="29"/>
        <source>The opportunity&apos;s id.</source>
        <translation>Die ID der Verkaufschance.</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="35"/>
        <source>The file to write; without it, standard output.</source>
        <translation>Die zu schreibende Datei; ohne sie die Standardausgabe.</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="172"/>
        <source>--delimiter must be &quot;,&quot;, &quot;;&quot; or &quot;tab&quot;, not &quot;%1&quot;.</source>
        <translation>--delimiter muss „,“, „;“ oder „tab“ sein, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="184"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/export.cpp" line="87"/>
        <source>Wrote %1 rows to %2.</source>
        <translation>%1 Zeilen nach %2 geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/cli/contacts.cpp" line="63"/>
        <location filename="../app/cli/import.cpp" line="18"/>
        <location filename="../app/cli/process.cpp" line="30"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/import.cpp" line="33"/>
        <source>--stage-map needs FROM=STAGE with a stage of this process, not &quot;%1&quot;.</source>
        <translation>--stage-map braucht VON=PHASE mit einer Phase dieses Prozesses, nicht „%1“.</translation>
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
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/import.cpp" line="62"/>
        <source>Map each stage this process lacks onto one of its own with --stage-map, e.g. --stage-map &quot;%1=%2&quot;.</source>
        <translation>Ordnen Sie jede Phase, die dieser Prozess nicht kennt, mit --stage-map einer eigenen zu, z. B. --stage-map &quot;%1=%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="234"/>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/common.cpp" line="239"/>
        <source>%n account(s) do not exist yet: %1</source>
        <translation>
            <numerusform>%n Firma gibt es noch nicht: %1</numerusform>
            <numerusform>%n Firmen gibt es noch nicht: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/common.cpp" line="244"/>
        <source>%n owner(s) do not exist yet: %1</source>
        <translation>
            <numerusform>%n verantwortliche Person gibt es noch nicht: %1</numerusform>
            <numerusform>%n verantwortliche Personen gibt es noch nicht: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="255"/>
        <source>Nothing was imported.</source>
        <translation>Nichts wurde importiert.</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="261"/>
        <source>Create the missing accounts and owners with --create-missing.</source>
        <translation>Legen Sie die fehlenden Firmen und Verantwortlichen mit --create-missing an.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/common.cpp" line="251"/>
        <source>Checked %n row(s):</source>
        <translation>
            <numerusform>%n Zeile geprüft:</numerusform>
            <numerusform>%n Zeilen geprüft:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/common.cpp" line="252"/>
        <source>%n cannot be imported.</source>
        <translation>
            <numerusform>%n kann nicht importiert werden.</numerusform>
            <numerusform>%n können nicht importiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="253"/>
        <source>Nothing was imported (dry run).</source>
        <translation>Nichts wurde importiert (Probelauf).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/common.cpp" line="257"/>
        <source>Fix the %n row(s) above, or import the others with --skip-bad-rows.</source>
        <translation>
            <numerusform>Korrigieren Sie die %n Zeile oben oder importieren Sie die übrigen mit --skip-bad-rows.</numerusform>
            <numerusform>Korrigieren Sie die %n Zeilen oben oder importieren Sie die übrigen mit --skip-bad-rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/common.cpp" line="264"/>
        <source>Imported %1 of %n row(s).</source>
        <translation>
            <numerusform>%1 von %n Zeile importiert.</numerusform>
            <numerusform>%1 von %n Zeilen importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/import.cpp" line="74"/>
        <source>import takes one FILE.</source>
        <translation>import erwartet eine DATEI.</translation>
    </message>
    <message>
        <location filename="../app/cli/import.cpp" line="86"/>
        <source>Import opportunities from CSV.</source>
        <translation>Verkaufschancen aus CSV importieren.</translation>
    </message>
    <message>
        <location filename="../app/cli/import.cpp" line="87"/>
        <location filename="../app/cli/import.cpp" line="94"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../app/cli/import.cpp" line="88"/>
        <source>Imports the opportunities in FILE (Salesforce, HubSpot, Pipedrive or Stageboard headers). Every row is checked first; exits with 3 when rows are refused, and then imports nothing unless told to skip them.</source>
        <translation>Importiert die Verkaufschancen in DATEI (Kopfzeilen von Salesforce, HubSpot, Pipedrive oder Stageboard). Jede Zeile wird zuerst geprüft; endet mit 3, wenn Zeilen abgelehnt werden, und importiert dann nichts, außer sie sollen übersprungen werden.</translation>
    </message>
    <message>
        <location filename="../app/cli/import.cpp" line="93"/>
        <source>The CSV file to import.</source>
        <translation>Die zu importierende CSV-Datei.</translation>
    </message>
    <message>
        <location filename="../app/cli/import.cpp" line="97"/>
        <source>Check every row, import nothing.</source>
        <translation>Jede Zeile prüfen, nichts importieren.</translation>
    </message>
    <message>
        <location filename="../app/cli/import.cpp" line="99"/>
        <source>Read stage FROM as this process&apos;s STAGE (repeatable).</source>
        <translation>Phase VON als PHASE dieses Prozesses lesen (wiederholbar).</translation>
    </message>
    <message>
        <location filename="../app/cli/import.cpp" line="102"/>
        <source>Create the accounts and owners the database lacks.</source>
        <translation>Die Firmen und Verantwortlichen anlegen, die der Datenbank fehlen.</translation>
    </message>
    <message>
        <location filename="../app/cli/import.cpp" line="104"/>
        <source>Import the good rows even when some are bad.</source>
        <translation>Die guten Zeilen importieren, auch wenn einige fehlerhaft sind.</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="198"/>
        <source>--%1 must be a date (YYYY-MM-DD) or a month (YYYY-MM), not &quot;%2&quot;.</source>
        <translation>--%1 muss ein Datum (JJJJ-MM-TT) oder ein Monat (JJJJ-MM) sein, nicht „%2“.</translation>
    </message>
    <message>
        <location filename="../app/cli/forecast.cpp" line="26"/>
        <source>--by must be month, quarter, year, rep or stage, not &quot;%1&quot;.</source>
        <translation>--by muss month, quarter, year, rep oder stage sein, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/forecast.cpp" line="41"/>
        <source>--from must not come after --to.</source>
        <translation>--from darf nicht nach --to liegen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/forecast.cpp" line="65"/>
        <source>%n deal(s) left out: no exchange rate into %1 for %2.</source>
        <translation>
            <numerusform>%n Deal ausgelassen: kein Wechselkurs in %1 für %2.</numerusform>
            <numerusform>%n Deals ausgelassen: kein Wechselkurs in %1 für %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/forecast.cpp" line="114"/>
        <source>Print the forecast as CSV.</source>
        <translation>Die Prognose als CSV ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/forecast.cpp" line="116"/>
        <source>Prints the forecast as CSV: period (or rep, or stage), deals, amount, weighted, commit, best_case, closed_won, quota, currency. commit is closed won plus the deals in Commit; best_case is commit plus the deals in Best Case.</source>
        <translation>Gibt die Prognose als CSV aus: period (oder rep oder stage), deals, amount, weighted, commit, best_case, closed_won, quota, currency. commit ist Gewonnenes plus die Deals in Commit; best_case ist commit plus die Deals in Best Case.</translation>
    </message>
    <message>
        <location filename="../app/cli/forecast.cpp" line="123"/>
        <source>The first close month (YYYY-MM).</source>
        <translation>Der erste Abschlussmonat (JJJJ-MM).</translation>
    </message>
    <message>
        <location filename="../app/cli/forecast.cpp" line="123"/>
        <location filename="../app/cli/forecast.cpp" line="125"/>
        <location filename="../app/cli/reviews.cpp" line="234"/>
        <location filename="../app/cli/reviews.cpp" line="236"/>
        <source>month</source>
        <translation>monat</translation>
    </message>
    <message>
        <location filename="../app/cli/forecast.cpp" line="125"/>
        <source>The last close month (YYYY-MM).</source>
        <translation>Der letzte Abschlussmonat (JJJJ-MM).</translation>
    </message>
    <message>
        <location filename="../app/cli/forecast.cpp" line="127"/>
        <source>month (the default), quarter, year, rep or stage.</source>
        <translation>month (Standard), quarter, year, rep oder stage.</translation>
    </message>
    <message>
        <location filename="../app/cli/forecast.cpp" line="129"/>
        <source>Also record today&apos;s forecast snapshot.</source>
        <translation>Auch die heutige Prognose als Momentaufnahme festhalten.</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="16"/>
        <source>The SQLite database file, or postgresql://user@host:port/database.</source>
        <translation>Die SQLite-Datenbankdatei oder postgresql://benutzer@host:port/datenbank.</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="17"/>
        <location filename="../app/cli/copy.cpp" line="77"/>
        <location filename="../app/cli/copy.cpp" line="78"/>
        <source>database</source>
        <translation>datenbank</translation>
    </message>
    <message>
        <location filename="../app/cli/forecast.cpp" line="127"/>
        <source>key</source>
        <translation>schlüssel</translation>
    </message>
    <message>
        <source>export takes opportunities, history or forecast, not &quot;%1&quot;.</source>
        <translation type="vanished">export nimmt opportunities, history oder forecast, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/export.cpp" line="32"/>
        <source>--period must be month or quarter, not &quot;%1&quot;.</source>
        <translation>--period muss month oder quarter sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>export takes opportunities, history or forecast.</source>
        <translation type="vanished">export erwartet opportunities, history oder forecast.</translation>
    </message>
    <message>
        <source>Write opportunities, the stage history or the forecast as CSV.</source>
        <translation type="vanished">Verkaufschancen, den Phasenverlauf oder die Prognose als CSV schreiben.</translation>
    </message>
    <message>
        <source>opportunities|history|forecast</source>
        <translation type="vanished">opportunities|history|forecast</translation>
    </message>
    <message>
        <source>Writes the opportunities, every row of the stage ledger, or the forecast table as CSV, to --output FILE or to standard output.</source>
        <translation type="vanished">Schreibt die Verkaufschancen, jede Zeile des Phasenprotokolls oder die Prognosetabelle als CSV nach --output DATEI oder auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>opportunities, history or forecast.</source>
        <translation type="vanished">opportunities, history oder forecast.</translation>
    </message>
    <message>
        <location filename="../app/cli/export.cpp" line="23"/>
        <source>export takes opportunities, history, forecast, contacts, stakeholders or activities, not &quot;%1&quot;.</source>
        <translation>export nimmt opportunities, history, forecast, contacts, stakeholders oder activities, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/export.cpp" line="95"/>
        <source>export takes opportunities, history, forecast, contacts, stakeholders or activities.</source>
        <translation>export nimmt opportunities, history, forecast, contacts, stakeholders oder activities.</translation>
    </message>
    <message>
        <location filename="../app/cli/export.cpp" line="109"/>
        <source>Write opportunities, the stage history, the forecast or the people as CSV.</source>
        <translation>Verkaufschancen, Phasenverlauf, Prognose oder die Personen als CSV schreiben.</translation>
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
        <translation>Schreibt die Verkaufschancen, jede Zeile des Phasenprotokolls, die Prognosetabelle, die Kontakte, die Beteiligten jedes Deals oder jede Aktivität als CSV nach --output DATEI oder auf die Standardausgabe.</translation>
    </message>
    <message>
        <location filename="../app/cli/export.cpp" line="119"/>
        <source>opportunities, history, forecast, contacts, stakeholders or activities.</source>
        <translation>opportunities, history, forecast, contacts, stakeholders oder activities.</translation>
    </message>
    <message>
        <location filename="../app/cli/export.cpp" line="124"/>
        <source>, (the default), ; or tab.</source>
        <translation>, (Standard), ; oder tab.</translation>
    </message>
    <message>
        <location filename="../app/cli/export.cpp" line="125"/>
        <source>forecast: month (the default) or quarter.</source>
        <translation>forecast: month (Standard) oder quarter.</translation>
    </message>
    <message>
        <location filename="../app/cli/export.cpp" line="128"/>
        <source>Start with a byte-order mark, for spreadsheets.</source>
        <translation>Mit einer Byte-Order-Mark beginnen, für Tabellenkalkulationen.</translation>
    </message>
    <message>
        <location filename="../app/cli/export.cpp" line="130"/>
        <source>Write text exactly as stored, for programs. Without it, text a spreadsheet would run as a formula (starting with =, +, -, @) gets a leading apostrophe.</source>
        <translation>Text genau wie gespeichert schreiben, für Programme. Ohne diese Option erhält Text, den eine Tabellenkalkulation als Formel ausführen würde (beginnend mit =, +, -, @), ein vorangestelltes Apostroph.</translation>
    </message>
    <message>
        <location filename="../app/cli/process.cpp" line="19"/>
        <source>process takes export, or import FILE.</source>
        <translation>process nimmt export oder import DATEI.</translation>
    </message>
    <message>
        <location filename="../app/cli/process.cpp" line="43"/>
        <source>Added the pipeline &quot;%1&quot; with %2 stages.</source>
        <translation>Pipeline „%1“ mit %2 Phasen hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../app/cli/process.cpp" line="56"/>
        <source>There is no pipeline named &quot;%1&quot;; there are: %2.</source>
        <translation>Es gibt keine Pipeline „%1“; es gibt: %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/process.cpp" line="64"/>
        <source>The database has no pipeline.</source>
        <translation>Die Datenbank hat keine Pipeline.</translation>
    </message>
    <message>
        <location filename="../app/cli/process.cpp" line="90"/>
        <source>Write a pipeline&apos;s process as JSON, or add one from a file.</source>
        <translation>Den Prozess einer Pipeline als JSON schreiben oder einen aus einer Datei hinzufügen.</translation>
    </message>
    <message>
        <location filename="../app/cli/process.cpp" line="91"/>
        <location filename="../app/cli/process.cpp" line="98"/>
        <source>export | import FILE</source>
        <translation>export | import DATEI</translation>
    </message>
    <message>
        <location filename="../app/cli/process.cpp" line="93"/>
        <source>export writes a pipeline&apos;s process (--pipeline NAME, else the first) as JSON to --output FILE or standard output; import FILE adds the process in FILE as a new pipeline.</source>
        <translation>export schreibt den Prozess einer Pipeline (--pipeline NAME, sonst der ersten) als JSON nach --output DATEI oder auf die Standardausgabe; import DATEI fügt den Prozess in DATEI als neue Pipeline hinzu.</translation>
    </message>
    <message>
        <location filename="../app/cli/process.cpp" line="97"/>
        <source>export, or import FILE.</source>
        <translation>export oder import DATEI.</translation>
    </message>
    <message>
        <location filename="../app/cli/process.cpp" line="101"/>
        <source>export: the pipeline to write (its name).</source>
        <translation>export: die zu schreibende Pipeline (ihr Name).</translation>
    </message>
    <message>
        <location filename="../app/cli/copy.cpp" line="25"/>
        <source>copy needs --from DATABASE and --to DATABASE.</source>
        <translation>copy braucht --from DATENBANK und --to DATENBANK.</translation>
    </message>
    <message>
        <location filename="../app/cli/copy.cpp" line="46"/>
        <source>%1: %2 rows</source>
        <translation>%1: %2 Zeilen</translation>
    </message>
    <message>
        <location filename="../app/cli/copy.cpp" line="56"/>
        <source>Copied %1 rows from %2 to %3 in %4 s; every table&apos;s count matches.</source>
        <translation>%1 Zeilen in %4 s von %2 nach %3 kopiert; die Anzahl jeder Tabelle stimmt überein.</translation>
    </message>
    <message>
        <location filename="../app/cli/copy.cpp" line="70"/>
        <source>Copy a whole database into another.</source>
        <translation>Eine ganze Datenbank in eine andere kopieren.</translation>
    </message>
    <message>
        <location filename="../app/cli/copy.cpp" line="73"/>
        <source>Copies a whole database --from one --to another, e.g. a file onto a new shared server (postgresql://user@host:port/database), checking that every table&apos;s row count matches.</source>
        <translation>Kopiert eine ganze Datenbank --from einer --to eine andere, z. B. eine Datei auf einen neuen gemeinsamen Server (postgresql://benutzer@host:port/datenbank), und prüft, dass die Zeilenzahl jeder Tabelle übereinstimmt.</translation>
    </message>
    <message>
        <location filename="../app/cli/copy.cpp" line="77"/>
        <source>The database to copy.</source>
        <translation>Die zu kopierende Datenbank.</translation>
    </message>
    <message>
        <location filename="../app/cli/copy.cpp" line="78"/>
        <source>The database to copy into.</source>
        <translation>Die Datenbank, in die kopiert wird.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="67"/>
        <location filename="../app/cli/cli.cpp" line="92"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="67"/>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <location filename="../app/cli/demo.cpp" line="80"/>
        <source>count</source>
        <translation>anzahl</translation>
    </message>
    <message>
        <location filename="../app/cli/demo.cpp" line="80"/>
        <source>How many deals to generate (60 unless given).</source>
        <translation>Wie viele Deals erzeugt werden (ohne Angabe 60).</translation>
    </message>
    <message>
        <location filename="../app/cli/demo.cpp" line="83"/>
        <source>number</source>
        <translation>zahl</translation>
    </message>
    <message>
        <location filename="../app/cli/contacts.cpp" line="38"/>
        <source>There is no account named &quot;%1&quot;.</source>
        <translation>Es gibt keine Firma namens „%1“.</translation>
    </message>
    <message>
        <source>contact takes add.</source>
        <translation type="vanished">contact nimmt add.</translation>
    </message>
    <message>
        <location filename="../app/cli/contacts.cpp" line="109"/>
        <source>contact add needs --name and --account.</source>
        <translation>contact add braucht --name und --account.</translation>
    </message>
    <message>
        <location filename="../app/cli/contacts.cpp" line="145"/>
        <source>Added the account &quot;%1&quot;.</source>
        <translation>Firma „%1“ angelegt.</translation>
    </message>
    <message>
        <location filename="../app/cli/contacts.cpp" line="162"/>
        <source>Print the contacts as CSV.</source>
        <translation>Die Kontakte als CSV ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/contacts.cpp" line="163"/>
        <source>Prints the contacts, of one account with --account, as CSV: id, name, title, email, phone, account, owner.</source>
        <translation>Gibt die Kontakte als CSV aus, mit --account die einer Firma: id, name, title, email, phone, account, owner.</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="94"/>
        <source>--%1 must be an id, not &quot;%2&quot;.</source>
        <translation>--%1 muss eine ID sein, nicht „%2“.</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="29"/>
        <source>There is no user named &quot;%1&quot;.</source>
        <translation>Es gibt keinen Benutzer namens „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="49"/>
        <source>--due takes overdue, today, week or all, not &quot;%1&quot;.</source>
        <translation>--due nimmt overdue, today, week oder all, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="70"/>
        <source>--type takes call, meeting, task or email, not &quot;%1&quot;.</source>
        <translation>--type nimmt call, meeting, task oder email, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="80"/>
        <source>--due must be a date and time such as 2027-03-01T14:30, not &quot;%1&quot;.</source>
        <translation>--due muss ein Datum mit Uhrzeit sein, etwa 2027-03-01T14:30, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="91"/>
        <source>There is no opportunity %1.</source>
        <translation>Es gibt keine Verkaufschance %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="97"/>
        <source>There is no contact %1.</source>
        <translation>Es gibt keinen Kontakt %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="121"/>
        <location filename="../app/cli/activities.cpp" line="182"/>
        <source>There is no activity %1.</source>
        <translation>Es gibt keine Aktivität %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="130"/>
        <source>Done: &quot;%1&quot;.</source>
        <translation>Erledigt: „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="139"/>
        <source>activity takes add or done.</source>
        <translation>activity nimmt add oder done.</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="145"/>
        <source>activity add needs --type, --subject and --due.</source>
        <translation>activity add braucht --type, --subject und --due.</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="149"/>
        <source>activity done needs --id.</source>
        <translation>activity done braucht --id.</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="167"/>
        <source>debrief needs --id and --went-well or --improve.</source>
        <translation>debrief braucht --id und --went-well oder --improve.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/activities.cpp" line="197"/>
        <source>Debriefed &quot;%1&quot;; %n objection(s) left open on the deal.</source>
        <translation>
            <numerusform>„%1“ nachbesprochen; %n Einwand bleibt beim Deal offen.</numerusform>
            <numerusform>„%1“ nachbesprochen; %n Einwände bleiben beim Deal offen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="210"/>
        <source>Print the activities as CSV.</source>
        <translation>Die Aktivitäten als CSV ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="211"/>
        <source>Prints calls, meetings, tasks and emails as CSV: id, type, subject, due, owner, deal_id, contact_id, done_at, outcome (times in UTC). --due overdue, today or week lists what is still to do by then.</source>
        <translation>Gibt Anrufe, Termine, Aufgaben und E-Mails als CSV aus: id, type, subject, due, owner, deal_id, contact_id, done_at, outcome (Zeiten in UTC). --due overdue, today oder week zeigt, was bis dahin noch zu tun ist.</translation>
    </message>
    <message>
        <location filename="../app/cli/accounts.cpp" line="39"/>
        <source>There is no territory named &quot;%1&quot;; the database has none yet.</source>
        <translation>Es gibt kein Gebiet namens „%1“; die Datenbank hat noch keine.</translation>
    </message>
    <message>
        <location filename="../app/cli/accounts.cpp" line="41"/>
        <source>There is no territory named &quot;%1&quot;; the territories are: %2.</source>
        <translation>Es gibt kein Gebiet namens „%1“; die Gebiete sind: %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/accounts.cpp" line="61"/>
        <source>Print the accounts as CSV, with their pipeline, wins and activities.</source>
        <translation>Die Firmen als CSV ausgeben, mit Pipeline, Gewinnen und Aktivitäten.</translation>
    </message>
    <message>
        <location filename="../app/cli/accounts.cpp" line="63"/>
        <source>Prints a row for every account, by name: id, name, industry, territory, owner, tier (A, B, C or empty), open_amount and open_weighted (its open deals, in the reporting currency), won_12m (won in the last 365 days), last_activity and next_activity (UTC; its deals&apos; activities and its people&apos;s). --territory keeps the accounts of that territory and of the territories inside it.</source>
        <translation>Gibt eine Zeile je Firma aus, nach Name: id, name, industry, territory, owner, tier (A, B, C oder leer), open_amount und open_weighted (ihre offenen Deals, in der Berichtswährung), won_12m (gewonnen in den letzten 365 Tagen), last_activity und next_activity (UTC; die Aktivitäten ihrer Deals und ihrer Personen). --territory behält die Firmen dieses Gebiets und der Gebiete darin.</translation>
    </message>
    <message>
        <location filename="../app/cli/accounts.cpp" line="71"/>
        <source>Only the accounts in this territory (or one inside it).</source>
        <translation>Nur die Firmen in diesem Gebiet (oder einem darin).</translation>
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
        <translation>name</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="216"/>
        <source>Only this user&apos;s activities.</source>
        <translation>Nur die Aktivitäten dieses Benutzers.</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="219"/>
        <source>overdue, today, week or all (the default).</source>
        <translation>overdue, today, week oder all (Standard).</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="219"/>
        <source>when</source>
        <translation>wann</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="229"/>
        <source>Plan an activity, or mark one done.</source>
        <translation>Eine Aktivität planen oder als erledigt markieren.</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="231"/>
        <source>add plans a call, meeting, task or email for --as, due at --due (local time unless a zone is given), and prints its id; done marks --id done with --outcome.</source>
        <translation>add plant einen Anruf, Termin, eine Aufgabe oder E-Mail für --as, fällig zu --due (Ortszeit, wenn keine Zone angegeben ist), und gibt die ID aus; done markiert --id als erledigt mit --outcome.</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="235"/>
        <source>add or done</source>
        <translation>add oder done</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="238"/>
        <source>call, meeting, task or email.</source>
        <translation>call, meeting, task oder email.</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="238"/>
        <source>type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="239"/>
        <source>What it is about.</source>
        <translation>Worum es geht.</translation>
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
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="240"/>
        <source>When, e.g. 2027-03-01T14:30.</source>
        <translation>Wann, z. B. 2027-03-01T14:30.</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="240"/>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="242"/>
        <location filename="../app/cli/stakeholders.cpp" line="177"/>
        <source>The contact&apos;s id.</source>
        <translation>Die ID des Kontakts.</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="243"/>
        <source>done: the activity&apos;s id.</source>
        <translation>done: die ID der Aktivität.</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="244"/>
        <source>done: what came of it.</source>
        <translation>done: was dabei herauskam.</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="255"/>
        <source>Write the debrief of a call or meeting.</source>
        <translation>Die Nachbesprechung eines Anrufs oder Termins schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="256"/>
        <source>Writes what went well, what to improve and the questions not asked on call or meeting --id; each --unresolved objection stays open on its deal until someone marks it resolved.</source>
        <translation>Schreibt zu Anruf oder Termin --id, was gut lief, was besser werden soll und welche Fragen nicht gestellt wurden; jeder --unresolved-Einwand bleibt beim Deal offen, bis ihn jemand als ausgeräumt markiert.</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="261"/>
        <source>The call&apos;s or meeting&apos;s id.</source>
        <translation>Die ID des Anrufs oder Termins.</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="262"/>
        <source>What went well.</source>
        <translation>Was gut lief.</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="263"/>
        <source>What to do better.</source>
        <translation>Was besser werden soll.</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="265"/>
        <source>The questions that were not asked.</source>
        <translation>Die Fragen, die nicht gestellt wurden.</translation>
    </message>
    <message>
        <location filename="../app/cli/activities.cpp" line="267"/>
        <source>An objection left unresolved (may be given again).</source>
        <translation>Ein offener Einwand (mehrfach möglich).</translation>
    </message>
    <message>
        <location filename="../app/cli/contacts.cpp" line="168"/>
        <source>Only the contacts at this account.</source>
        <translation>Nur die Kontakte dieser Firma.</translation>
    </message>
    <message>
        <source>Add a contact.</source>
        <translation type="vanished">Einen Kontakt anlegen.</translation>
    </message>
    <message>
        <source>add adds a person at an account (created when the database has none of that name), looked after by --as, and prints the new contact&apos;s id.</source>
        <translation type="vanished">add legt eine Person bei einer Firma an (die Firma wird angelegt, wenn die Datenbank keine dieses Namens hat), betreut von --as, und gibt die ID des neuen Kontakts aus.</translation>
    </message>
    <message>
        <location filename="../app/cli/roles.cpp" line="45"/>
        <source>role takes one action, add.</source>
        <translation>role kennt eine Aktion: add.</translation>
    </message>
    <message>
        <location filename="../app/cli/roles.cpp" line="50"/>
        <source>role add needs --name.</source>
        <translation>role add braucht --name.</translation>
    </message>
    <message>
        <location filename="../app/cli/roles.cpp" line="61"/>
        <source>role add needs --as: the admin who adds it.</source>
        <translation>role add braucht --as: den Admin, der sie anlegt.</translation>
    </message>
    <message>
        <location filename="../app/cli/roles.cpp" line="65"/>
        <source>%1 is not an admin: only an admin defines the roles.</source>
        <translation>%1 ist kein Admin: Nur ein Admin legt die Rollen fest.</translation>
    </message>
    <message>
        <location filename="../app/cli/roles.cpp" line="87"/>
        <source>--member: there is no user called &quot;%1&quot;.</source>
        <translation>--member: Es gibt keinen Benutzer „%1“.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/roles.cpp" line="99"/>
        <source>Added the role %1 with %n member(s).</source>
        <translation>
            <numerusform>Rolle %1 mit %n Mitglied angelegt.</numerusform>
            <numerusform>Rolle %1 mit %n Mitgliedern angelegt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/roles.cpp" line="100"/>
        <source>Changed the role %1: %n member(s).</source>
        <translation>
            <numerusform>Rolle %1 geändert: %n Mitglied.</numerusform>
            <numerusform>Rolle %1 geändert: %n Mitglieder.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/roles.cpp" line="112"/>
        <source>Print the company&apos;s own roles as CSV.</source>
        <translation>Die eigenen Rollen des Unternehmens als CSV ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/roles.cpp" line="114"/>
        <source>Prints every role the admin defined (such as Legal, Finance or Plant manager) as CSV: name, description, members (separated by &quot;; &quot;).</source>
        <translation>Gibt jede vom Admin festgelegte Rolle (etwa Recht, Finanzen oder Werksleitung) als CSV aus: name, description, members (getrennt durch „; “).</translation>
    </message>
    <message>
        <location filename="../app/cli/roles.cpp" line="125"/>
        <source>Add a role of the company&apos;s own, or members to one.</source>
        <translation>Eine eigene Rolle des Unternehmens anlegen oder ihr Mitglieder hinzufügen.</translation>
    </message>
    <message>
        <location filename="../app/cli/roles.cpp" line="127"/>
        <source>add defines the role --name with its --description and its members (--member, once for each user); for a role that exists, it adds the members and changes the description. Only an admin may.</source>
        <translation>add legt die Rolle --name mit ihrer --description und ihren Mitgliedern an (--member, einmal je Benutzer); bei einer bestehenden Rolle fügt es die Mitglieder hinzu und ändert die Beschreibung. Nur ein Admin darf das.</translation>
    </message>
    <message>
        <location filename="../app/cli/roles.cpp" line="131"/>
        <source>add</source>
        <translation>add</translation>
    </message>
    <message>
        <location filename="../app/cli/roles.cpp" line="133"/>
        <source>The role&apos;s name.</source>
        <translation>Der Name der Rolle.</translation>
    </message>
    <message>
        <location filename="../app/cli/roles.cpp" line="135"/>
        <source>What the role is responsible for.</source>
        <translation>Wofür die Rolle zuständig ist.</translation>
    </message>
    <message>
        <location filename="../app/cli/roles.cpp" line="137"/>
        <source>A user who holds the role (repeatable).</source>
        <translation>Ein Benutzer, der die Rolle hat (mehrfach möglich).</translation>
    </message>
    <message>
        <location filename="../app/cli/contacts.cpp" line="94"/>
        <source>contact import takes one FILE.</source>
        <translation>contact import nimmt eine DATEI.</translation>
    </message>
    <message>
        <location filename="../app/cli/contacts.cpp" line="100"/>
        <source>contact takes add or import FILE.</source>
        <translation>contact nimmt add oder import DATEI.</translation>
    </message>
    <message>
        <location filename="../app/cli/contacts.cpp" line="178"/>
        <source>Add a contact, or import contacts from CSV.</source>
        <translation>Einen Kontakt hinzufügen oder Kontakte aus CSV importieren.</translation>
    </message>
    <message>
        <location filename="../app/cli/contacts.cpp" line="179"/>
        <location filename="../app/cli/contacts.cpp" line="187"/>
        <source>add|import FILE</source>
        <translation>add|import DATEI</translation>
    </message>
    <message>
        <location filename="../app/cli/contacts.cpp" line="181"/>
        <source>add adds a person at an account (created when the database has none of that name), looked after by --as, and prints the new contact&apos;s id. import reads the contacts in FILE (Salesforce, HubSpot or Stageboard headers); every row is checked first, and nothing is imported while a row is refused unless told to skip them (exit code 3).</source>
        <translation>add legt eine Person bei einer Firma an (die Firma wird angelegt, wenn die Datenbank keine dieses Namens hat), betreut von --as, und gibt die Nummer des neuen Kontakts aus. import liest die Kontakte in DATEI (Spalten von Salesforce, HubSpot oder Stageboard); jede Zeile wird zuerst geprüft, und solange eine Zeile abgelehnt wird, wird nichts importiert, außer man lässt sie überspringen (Exit-Code 3).</translation>
    </message>
    <message>
        <location filename="../app/cli/contacts.cpp" line="186"/>
        <source>add, or import FILE</source>
        <translation>add, oder import DATEI</translation>
    </message>
    <message>
        <location filename="../app/cli/contacts.cpp" line="189"/>
        <source>The person&apos;s name.</source>
        <translation>Der Name der Person.</translation>
    </message>
    <message>
        <location filename="../app/cli/contacts.cpp" line="190"/>
        <source>The account they work at.</source>
        <translation>Die Firma, bei der sie arbeitet.</translation>
    </message>
    <message>
        <location filename="../app/cli/contacts.cpp" line="191"/>
        <source>Their job title.</source>
        <translation>Ihre Position.</translation>
    </message>
    <message>
        <location filename="../app/cli/contacts.cpp" line="191"/>
        <source>title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../app/cli/contacts.cpp" line="192"/>
        <source>Their email address.</source>
        <translation>Ihre E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../app/cli/contacts.cpp" line="192"/>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../app/cli/contacts.cpp" line="193"/>
        <source>Their phone number.</source>
        <translation>Ihre Telefonnummer.</translation>
    </message>
    <message>
        <location filename="../app/cli/contacts.cpp" line="193"/>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../app/cli/contacts.cpp" line="196"/>
        <source>import: check every row, import nothing.</source>
        <translation>import: jede Zeile prüfen, nichts importieren.</translation>
    </message>
    <message>
        <location filename="../app/cli/contacts.cpp" line="198"/>
        <source>import: create the accounts the database lacks.</source>
        <translation>import: die Firmen anlegen, die der Datenbank fehlen.</translation>
    </message>
    <message>
        <location filename="../app/cli/contacts.cpp" line="200"/>
        <source>import: import the good rows even when some are bad.</source>
        <translation>import: die guten Zeilen importieren, auch wenn manche fehlerhaft sind.</translation>
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
        <location filename="../app/cli/common.cpp" line="24"/>
        <location filename="../app/cli/roles.cpp" line="137"/>
        <source>user</source>
        <translation>benutzer</translation>
    </message>
    <message>
        <location filename="../app/cli/move.cpp" line="124"/>
        <location filename="../app/cli/move.cpp" line="126"/>
        <location filename="../app/cli/move.cpp" line="133"/>
        <source>reason</source>
        <translation>grund</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="35"/>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <location filename="../app/cli/export.cpp" line="124"/>
        <source>delimiter</source>
        <translation>trennzeichen</translation>
    </message>
    <message>
        <location filename="../app/cli/export.cpp" line="126"/>
        <source>period</source>
        <translation>zeitraum</translation>
    </message>
    <message>
        <location filename="../app/cli/import.cpp" line="100"/>
        <source>FROM=STAGE</source>
        <translation>VON=PHASE</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="49"/>
        <source>Usage: %1 COMMAND [options]</source>
        <translation>Aufruf: %1 BEFEHL [Optionen]</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="50"/>
        <source>Works with Stageboard databases without a display.</source>
        <translation>Arbeitet ohne Bildschirm mit Stageboard-Datenbanken.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="51"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="61"/>
        <source>Every command but copy works on --database FILE or postgresql://user@host:port/database; &quot;%1 COMMAND --help&quot; shows a command&apos;s options.</source>
        <translation>Jeder Befehl außer copy arbeitet auf --database DATEI oder postgresql://benutzer@host:port/datenbank; „%1 BEFEHL --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="65"/>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="69"/>
        <source>Exit status: 0 done, 1 failed, 2 bad input, 3 refused (a gate, a rule or bad rows).</source>
        <translation>Rückgabewert: 0 erledigt, 1 fehlgeschlagen, 2 falsche Eingabe, 3 abgelehnt (ein Gate, eine Regel oder fehlerhafte Zeilen).</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="79"/>
        <source>Usage: %1 %2 [options]</source>
        <translation>Aufruf: %1 %2 [Optionen]</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="96"/>
        <source>%1: %2 See &quot;%3 %1 --help&quot;.</source>
        <translation>%1: %2 Siehe „%3 %1 --help“.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="106"/>
        <source>%1: --database is required. See &quot;%2 %1 --help&quot;.</source>
        <translation>%1: --database fehlt. Siehe „%2 %1 --help“.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="140"/>
        <source>Give one command: %1. See --help.</source>
        <translation>Geben Sie einen Befehl an: %1. Siehe --help.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="148"/>
        <source>Unknown command &quot;%1&quot;; use %2.</source>
        <translation>Unbekannter Befehl „%1“; verwenden Sie %2.</translation>
    </message>
    <message>
        <location filename="../model/core/money.cpp" line="54"/>
        <source>&quot;%1&quot; has more than two decimal places.</source>
        <translation>„%1“ hat mehr als zwei Nachkommastellen.</translation>
    </message>
    <message>
        <location filename="../model/core/money.cpp" line="58"/>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <location filename="../model/core/money.cpp" line="60"/>
        <source>&quot;%1&quot; is negative; an amount must be zero or more.</source>
        <translation>„%1“ ist negativ; ein Betrag muss null oder größer sein.</translation>
    </message>
    <message>
        <location filename="../model/core/money.cpp" line="62"/>
        <source>&quot;%1&quot; is too large.</source>
        <translation>„%1“ ist zu groß.</translation>
    </message>
    <message>
        <location filename="../model/core/money.cpp" line="176"/>
        <source>&quot;%1&quot; is not a date: %2</source>
        <translation>„%1“ ist kein Datum: %2</translation>
    </message>
    <message>
        <location filename="../model/core/money.cpp" line="178"/>
        <source>&quot;%1&quot; is not a date; use the form %2.</source>
        <translation>„%1“ ist kein Datum; verwenden Sie die Form %2.</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="35"/>
        <location filename="../model/core/fieldrules.cpp" line="129"/>
        <location filename="../model/core/fieldrules.cpp" line="147"/>
        <source>is longer than %1 characters.</source>
        <translation>ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="37"/>
        <source>contains control characters (such as line breaks or escape codes), which are not allowed.</source>
        <translation>enthält Steuerzeichen (etwa Zeilenumbrüche oder Escape-Codes), die nicht erlaubt sind.</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="45"/>
        <source>is empty; every opportunity needs a title.</source>
        <translation>ist leer; jede Verkaufschance braucht einen Titel.</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="52"/>
        <source>%1 is out of range (%2 to %3).</source>
        <translation>%1 liegt außerhalb des Bereichs (%2 bis %3).</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="65"/>
        <source>there is no month %1; months run from 1 to 12.</source>
        <translation>einen Monat %1 gibt es nicht; Monate gehen von 1 bis 12.</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="71"/>
        <source>there is no day %1; days start at 1.</source>
        <translation>einen Tag %1 gibt es nicht; Tage beginnen bei 1.</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="72"/>
        <source>%1 %2 has only %3 days.</source>
        <translation>%1 %2 hat nur %3 Tage.</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="78"/>
        <source>%1 is negative; an amount must be zero or more.</source>
        <translation>%1 ist negativ; ein Betrag muss null oder größer sein.</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="80"/>
        <source>%1 is too large; the largest amount is %2.</source>
        <translation>%1 ist zu groß; der größte Betrag ist %2.</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="89"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="90"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="91"/>
        <source>Close date</source>
        <translation>Abschlussdatum</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="92"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="93"/>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="94"/>
        <source>Close reason</source>
        <translation>Abschlussgrund</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="102"/>
        <source>Probability: %1 is not a percentage from 0 to 100.</source>
        <translation>Wahrscheinlichkeit: %1 ist kein Prozentsatz von 0 bis 100.</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="114"/>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="121"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="122"/>
        <source>is empty; every contact needs a name.</source>
        <translation>ist leer; jeder Kontakt braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="124"/>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="125"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="126"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="127"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="142"/>
        <location filename="../model/core/fieldrules.cpp" line="144"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="142"/>
        <source>is empty; every activity needs one.</source>
        <translation>ist leer; jede Aktivität braucht einen.</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="146"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../model/core/fieldrules.cpp" line="151"/>
        <source>Duration: %1 minutes is not a length of time in a day.</source>
        <translation>Dauer: %1 Minuten sind keine Zeitspanne innerhalb eines Tages.</translation>
    </message>
    <message>
        <location filename="../app/cli/users.cpp" line="35"/>
        <source>Print the users as CSV.</source>
        <translation>Die Benutzer als CSV ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/users.cpp" line="37"/>
        <source>Prints every user as CSV: name, role, login.</source>
        <translation>Gibt jeden Benutzer als CSV aus: name, role, login.</translation>
    </message>
    <message>
        <location filename="../app/cli/stakeholders.cpp" line="50"/>
        <source>stakeholder takes add or remove.</source>
        <translation>stakeholder nimmt add oder remove.</translation>
    </message>
    <message>
        <location filename="../app/cli/stakeholders.cpp" line="56"/>
        <source>stakeholder add needs --deal, --contact and --role.</source>
        <translation>stakeholder add braucht --deal, --contact und --role.</translation>
    </message>
    <message>
        <location filename="../app/cli/stakeholders.cpp" line="57"/>
        <source>stakeholder remove needs --deal and --contact.</source>
        <translation>stakeholder remove braucht --deal und --contact.</translation>
    </message>
    <message>
        <location filename="../app/cli/stakeholders.cpp" line="77"/>
        <source>Removed contact %1 from the buying group of &quot;%2&quot;.</source>
        <translation>Kontakt %1 aus der Einkaufsgruppe von „%2“ genommen.</translation>
    </message>
    <message>
        <location filename="../app/cli/stakeholders.cpp" line="95"/>
        <source>--role takes one of %1, not &quot;%2&quot;.</source>
        <translation>--role nimmt eines von %1, nicht „%2“.</translation>
    </message>
    <message>
        <location filename="../app/cli/stakeholders.cpp" line="115"/>
        <source>--stance takes supporter, neutral or opponent, not &quot;%1&quot;.</source>
        <translation>--stance nimmt supporter, neutral oder opponent, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/stakeholders.cpp" line="125"/>
        <source>--influence takes low, medium or high, not &quot;%1&quot;.</source>
        <translation>--influence nimmt low, medium oder high, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/stakeholders.cpp" line="142"/>
        <source>Contact %1 is %2 on &quot;%3&quot;.</source>
        <translation>Kontakt %1 ist %2 bei „%3“.</translation>
    </message>
    <message>
        <location filename="../app/cli/stakeholders.cpp" line="152"/>
        <source>Print a deal&apos;s buying group as CSV.</source>
        <translation>Die Einkaufsgruppe eines Deals als CSV ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/stakeholders.cpp" line="153"/>
        <source>Prints the stakeholders of --deal as CSV: contact_id, contact, role, stance, influence, reports_to (a contact id).</source>
        <translation>Gibt die Beteiligten von --deal als CSV aus: contact_id, contact, role, stance, influence, reports_to (eine Kontakt-ID).</translation>
    </message>
    <message>
        <location filename="../app/cli/stakeholders.cpp" line="167"/>
        <source>Add a contact to a deal&apos;s buying group, or take one out.</source>
        <translation>Einen Kontakt in die Einkaufsgruppe eines Deals aufnehmen oder herausnehmen.</translation>
    </message>
    <message>
        <location filename="../app/cli/stakeholders.cpp" line="169"/>
        <source>add makes --contact a stakeholder of --deal in buying role --role (its key, such as champion or decision_maker, or its name), or changes the role, stance and influence of one who is; remove takes them out.</source>
        <translation>add macht --contact zum Beteiligten von --deal in der Einkaufsrolle --role (ihr Schlüssel wie champion oder decision_maker, oder ihr Name) oder ändert Rolle, Haltung und Einfluss eines Beteiligten; remove nimmt ihn heraus.</translation>
    </message>
    <message>
        <location filename="../app/cli/stakeholders.cpp" line="173"/>
        <source>add or remove</source>
        <translation>add oder remove</translation>
    </message>
    <message>
        <location filename="../app/cli/stakeholders.cpp" line="178"/>
        <source>add: the buying role.</source>
        <translation>add: die Einkaufsrolle.</translation>
    </message>
    <message>
        <location filename="../app/cli/stakeholders.cpp" line="178"/>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../app/cli/stakeholders.cpp" line="180"/>
        <source>add: supporter, neutral or opponent.</source>
        <translation>add: supporter, neutral oder opponent.</translation>
    </message>
    <message>
        <location filename="../app/cli/stakeholders.cpp" line="180"/>
        <source>stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <location filename="../app/cli/stakeholders.cpp" line="182"/>
        <source>add: low, medium or high.</source>
        <translation>add: low, medium oder high.</translation>
    </message>
    <message>
        <location filename="../app/cli/stakeholders.cpp" line="182"/>
        <source>influence</source>
        <translation>Einfluss</translation>
    </message>
    <message>
        <location filename="../app/cli/stakeholders.cpp" line="184"/>
        <source>add: the contact id of the stakeholder they report to.</source>
        <translation>add: die Kontakt-ID des Beteiligten, dem sie unterstehen.</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="157"/>
        <source>%1 needs --as: the user it is for.</source>
        <translation>%1 braucht --as: die Person, für die es ist.</translation>
    </message>
    <message>
        <location filename="../app/cli/signoffs.cpp" line="18"/>
        <source>signoff needs one of --approve and --reject.</source>
        <translation>signoff braucht --approve oder --reject.</translation>
    </message>
    <message>
        <location filename="../app/cli/signoffs.cpp" line="22"/>
        <source>signoff --reject needs --comment: why, for the rep to act on.</source>
        <translation>signoff --reject braucht --comment: warum, damit der Vertriebler handeln kann.</translation>
    </message>
    <message>
        <location filename="../app/cli/signoffs.cpp" line="27"/>
        <source>signoff needs --criterion: the text of the criterion to sign off.</source>
        <translation>signoff braucht --criterion: den Text des freizugebenden Kriteriums.</translation>
    </message>
    <message>
        <location filename="../app/cli/signoffs.cpp" line="51"/>
        <source>&quot;%1&quot; is in %2, which has no criterion to sign off.</source>
        <translation>„%1“ ist in %2, wo kein Kriterium freizugeben ist.</translation>
    </message>
    <message>
        <location filename="../app/cli/signoffs.cpp" line="53"/>
        <source>%1 has no sign-off &quot;%2&quot;; its sign-offs are: %3.</source>
        <translation>%1 hat keine Freigabe „%2“; seine Freigaben sind: %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/signoffs.cpp" line="66"/>
        <source>%1 signed off &quot;%2&quot; on &quot;%3&quot;.</source>
        <translation>%1 hat „%2“ für „%3“ freigegeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/signoffs.cpp" line="66"/>
        <source>%1 rejected &quot;%2&quot; on &quot;%3&quot;.</source>
        <translation>%1 hat „%2“ für „%3“ abgelehnt.</translation>
    </message>
    <message>
        <location filename="../app/cli/signoffs.cpp" line="159"/>
        <source>Sign off a criterion of a deal, or reject it.</source>
        <translation>Ein Kriterium eines Deals freigeben oder ablehnen.</translation>
    </message>
    <message>
        <location filename="../app/cli/signoffs.cpp" line="162"/>
        <source>Approves (--approve) or rejects (--reject, with a --comment saying why) the sign-off --criterion (its text) of the deal&apos;s current stage, as --as. Refused (exit 3) when that user is not a member of the role that signs it off, nor a manager.</source>
        <translation>Gibt die Freigabe --criterion (ihr Text) der aktuellen Phase des Deals als --as frei (--approve) oder lehnt sie ab (--reject, mit --comment, warum). Abgelehnt (Exit 3), wenn diese Person weder Mitglied der freigebenden Rolle noch Manager ist.</translation>
    </message>
    <message>
        <location filename="../app/cli/signoffs.cpp" line="169"/>
        <source>The text of the criterion.</source>
        <translation>Der Text des Kriteriums.</translation>
    </message>
    <message>
        <location filename="../app/cli/signoffs.cpp" line="170"/>
        <source>Sign it off.</source>
        <translation>Freigeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/signoffs.cpp" line="171"/>
        <source>Reject it.</source>
        <translation>Ablehnen.</translation>
    </message>
    <message>
        <location filename="../app/cli/signoffs.cpp" line="172"/>
        <source>Why, for the rep.</source>
        <translation>Warum, für den Vertriebler.</translation>
    </message>
    <message>
        <location filename="../app/cli/signoffs.cpp" line="183"/>
        <source>Print what waits on a user (sign-offs, stages their roles own) as CSV.</source>
        <translation>Gibt aus, was auf einen Benutzer wartet (Freigaben, Phasen seiner Rollen), als CSV.</translation>
    </message>
    <message>
        <location filename="../app/cli/signoffs.cpp" line="185"/>
        <source>Prints the deals whose current stage asks --as, as a member of one of their roles, for a sign-off not given yet, and the deals in the stages their roles own (an empty criterion), longest waiting first: deal_id, title, stage, criterion, role, waiting_days.</source>
        <translation>Gibt die Verkaufschancen aus, deren aktuelle Phase --as als Mitglied einer seiner Rollen um eine noch nicht erteilte Freigabe bittet, und die Verkaufschancen in den Phasen, die seinen Rollen gehören (mit leerem Kriterium), die am längsten wartenden zuerst: deal_id, title, stage, criterion, role, waiting_days.</translation>
    </message>
    <message>
        <source>Print the sign-offs waiting on a user as CSV.</source>
        <translation type="vanished">Die Freigaben, die auf eine Person warten, als CSV ausgeben.</translation>
    </message>
    <message>
        <source>Prints the deals whose current stage asks --as, as a member of one of their roles, for a sign-off not given yet, longest waiting first: deal_id, title, stage, criterion, role, waiting_days.</source>
        <translation type="vanished">Gibt die Deals aus, deren aktuelle Phase von --as als Mitglied einer ihrer Rollen eine noch nicht erteilte Freigabe verlangt, am längsten wartende zuerst: deal_id, title, stage, criterion, role, waiting_days.</translation>
    </message>
    <message>
        <location filename="../app/cli/signoffs.cpp" line="201"/>
        <source>Print the sign-off log as CSV.</source>
        <translation>Das Freigabeprotokoll als CSV ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/signoffs.cpp" line="204"/>
        <source>Prints every decision on a sign-off (approved, rejected, withdrawn, or re-opened by a change to a field it vouched for), of every deal or of --deal, oldest first.</source>
        <translation>Gibt jede Entscheidung zu einer Freigabe aus (erteilt, abgelehnt, zurückgezogen oder durch die Änderung eines verbürgten Felds wieder geöffnet), aller Deals oder von --deal, älteste zuerst.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviews.cpp" line="94"/>
        <source>review takes one action, done.</source>
        <translation>review kennt eine Aktion: done.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviews.cpp" line="99"/>
        <source>review done needs --lesson: what the team learns from the deal.</source>
        <translation>review done braucht --lesson: was das Team aus der Verkaufschance lernt.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviews.cpp" line="114"/>
        <source>%1 is not a manager: only a manager or an admin reviews a closed deal.</source>
        <translation>%1 ist kein Manager: Nur ein Manager oder Administrator bewertet eine abgeschlossene Verkaufschance.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviews.cpp" line="125"/>
        <source>&quot;%1&quot; was never closed in Stageboard, so there is nothing to review.</source>
        <translation>„%1“ wurde nie in Stageboard abgeschlossen; es gibt nichts zu bewerten.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviews.cpp" line="136"/>
        <source>%1 reviewed &quot;%2&quot;.</source>
        <translation>%1 hat „%2“ bewertet.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviews.cpp" line="165"/>
        <source>winloss needs --by, one of: %1.</source>
        <translation>winloss braucht --by, eines von: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviews.cpp" line="185"/>
        <source>--to is before --from.</source>
        <translation>--to liegt vor --from.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviews.cpp" line="217"/>
        <source>Print win/loss figures as CSV, by reason, competitor, stage and more.</source>
        <translation>Gewinn-/Verlustzahlen als CSV ausgeben, nach Grund, Wettbewerber, Phase und mehr.</translation>
    </message>
    <message>
        <source>Prints the deals won and lost (disqualified ones left out, as in the win rate), closing from --from to --to (months, YYYY-MM; both optional), grouped by --by: reason, competitor (every competitor a deal named or was lost to), stage (the stage it left when it closed), industry, territory, rep or size (bands of the amount): key, won, lost, win_rate (0 to 1), won_amount, lost_amount (as stored, whatever the currency), avg_cycle_days (creation to close).</source>
        <translation type="vanished">Gibt die gewonnenen und verlorenen Verkaufschancen aus (disqualifizierte ausgenommen, wie bei der Gewinnquote) mit Abschluss von --from bis --to (Monate, JJJJ-MM; beide optional), gruppiert nach --by: reason (Grund), competitor (jeder Wettbewerber, den eine Verkaufschance nannte oder an den sie verloren ging), stage (die Phase, die sie beim Abschluss verließ), industry, territory, rep oder size (Betragsbänder): key, won, lost, win_rate (0 bis 1), won_amount, lost_amount (wie gespeichert, gleich welche Währung), avg_cycle_days (Erstellung bis Abschluss).</translation>
    </message>
    <message>
        <source>reason, competitor, stage, industry, territory, rep or size.</source>
        <translation type="vanished">reason, competitor, stage, industry, territory, rep oder size.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviews.cpp" line="219"/>
        <source>Prints the deals won and lost (disqualified ones left out, as in the win rate), closing from --from to --to (months, YYYY-MM; both optional), grouped by --by: reason, competitor (every competitor a deal named or was lost to), stage (the stage it left when it closed), industry, territory, rep, size (bands of the amount) or quarter of the close date: key, won, lost, win_rate (0 to 1), won_amount, lost_amount (in the reporting currency; deals whose currency has no exchange rate are left out of the amounts), avg_cycle_days (creation to close).</source>
        <translation>Gibt die gewonnenen und verlorenen Deals aus (disqualifizierte nicht, wie bei der Gewinnquote) mit Abschlussdatum von --from bis --to (Monate, JJJJ-MM; beide optional), gruppiert nach --by: reason (Grund), competitor (jeder Wettbewerber, den ein Deal nannte oder an den er verloren ging), stage (die Phase, die er beim Abschluss verließ), industry (Branche), territory (Gebiet), rep (Vertriebler), size (Betragsbereiche) oder quarter (Quartal des Abschlussdatums): key, won, lost, win_rate (0 bis 1), won_amount, lost_amount (in der Berichtswährung; Deals in einer Währung ohne Wechselkurs fehlen in den Beträgen), avg_cycle_days (Anlage bis Abschluss).</translation>
    </message>
    <message>
        <location filename="../app/cli/reviews.cpp" line="231"/>
        <source>reason, competitor, stage, industry, territory, rep, size or quarter.</source>
        <translation>reason, competitor, stage, industry, territory, rep, size oder quarter.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviews.cpp" line="232"/>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../app/cli/reviews.cpp" line="234"/>
        <source>The first month of close dates (YYYY-MM).</source>
        <translation>Der erste Monat der Abschlussdaten (JJJJ-MM).</translation>
    </message>
    <message>
        <location filename="../app/cli/reviews.cpp" line="236"/>
        <source>The last month of close dates (YYYY-MM).</source>
        <translation>Der letzte Monat der Abschlussdaten (JJJJ-MM).</translation>
    </message>
    <message>
        <location filename="../app/cli/reviews.cpp" line="246"/>
        <source>Print the closed deals and their reviews as CSV.</source>
        <translation>Die abgeschlossenen Verkaufschancen und ihre Rückblicke als CSV ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviews.cpp" line="249"/>
        <source>Prints every close made in Stageboard, oldest first: the deal, won, lost or disqualified, the reasons, the competitor it was lost to, notes, who closed it and when, its status (pending, reviewed, or reopened when the deal left that stage unreviewed) and the review. --pending keeps the closes awaiting review.</source>
        <translation>Gibt jeden in Stageboard gemachten Abschluss aus, den ältesten zuerst: die Verkaufschance, gewonnen, verloren oder disqualifiziert, die Gründe, den Wettbewerber, an den sie verloren ging, Notizen, wer sie wann abschloss, ihren Status (pending, reviewed oder reopened, wenn die Verkaufschance die Phase unbewertet verließ) und den Rückblick. --pending behält die Abschlüsse, die auf einen Rückblick warten.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviews.cpp" line="255"/>
        <source>Only the closes awaiting review.</source>
        <translation>Nur die Abschlüsse, die auf einen Rückblick warten.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviews.cpp" line="265"/>
        <source>Review a closed deal: write the lesson learned.</source>
        <translation>Eine abgeschlossene Verkaufschance bewerten: die Lehre festhalten.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviews.cpp" line="268"/>
        <source>done marks the latest close of --deal reviewed by --as, a manager or an admin, with the --lesson learned and, optionally, the change to the process it suggests (--suggestion). Reviewing it again replaces the review.</source>
        <translation>done markiert den letzten Abschluss von --deal als von --as (einem Manager oder Administrator) bewertet, mit der Lehre (--lesson) und, wahlweise, der vorgeschlagenen Änderung am Prozess (--suggestion). Eine erneute Bewertung ersetzt die vorige.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviews.cpp" line="272"/>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../app/cli/reviews.cpp" line="276"/>
        <source>What the team learns from the deal.</source>
        <translation>Was das Team aus der Verkaufschance lernt.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviews.cpp" line="278"/>
        <source>A change to the process the lesson suggests.</source>
        <translation>Eine Änderung am Prozess, die die Erkenntnis nahelegt.</translation>
    </message>
    <message>
        <location filename="../app/cli/coaching.cpp" line="63"/>
        <source>Print the coaching grid as CSV: each rep&apos;s open deals per stage.</source>
        <translation>Das Coaching-Raster als CSV ausgeben: die offenen Deals jedes Vertrieblers je Phase.</translation>
    </message>
    <message>
        <location filename="../app/cli/coaching.cpp" line="66"/>
        <source>Prints a row for every rep and open stage holding deals of theirs, by rep and stage: rep, stage, deals, activity_completion (the stage&apos;s recommended activities ticked on those deals, 0 to 1; empty when the stage recommends none), stalled (past the stage&apos;s age limit), overrides (let into the stage past its gate by a manager), median_days (days in the stage so far) and team_median_days (the same over every rep&apos;s deals in the stage).</source>
        <translation>Gibt eine Zeile je Vertriebler und offener Phase mit Deals von ihm aus, nach Vertriebler und Phase: rep, stage, deals, activity_completion (die abgehakten empfohlenen Aktivitäten der Phase auf diesen Deals, 0 bis 1; leer, wenn die Phase keine empfiehlt), stalled (über der Altersgrenze der Phase), overrides (von einem Manager am Gate vorbei hereingelassen), median_days (bisherige Tage in der Phase) und team_median_days (dasselbe über die Deals aller Vertriebler in der Phase).</translation>
    </message>
    <message>
        <location filename="../app/cli/territories.cpp" line="54"/>
        <source>Print the territories as CSV, with their accounts and those overdue for contact.</source>
        <translation>Die Gebiete als CSV ausgeben, mit ihren Firmen und den überfälligen Kontakten.</translation>
    </message>
    <message>
        <location filename="../app/cli/territories.cpp" line="57"/>
        <source>Prints a row for every territory, parents before the territories in them: territory, owner, accounts and overdue (the accounts not in touch within their tier&apos;s interval: A every %1 days, B %2, C %3 unless the admin set others; a region counts its territories&apos;). The accounts in no territory come last, with the territory empty. With --coverage, a row for every overdue account instead, the longest overdue first: account, territory, tier, last_contact (UTC), due_by (UTC) and overdue_days; an account never contacted has the last three empty and comes first.</source>
        <translation>Gibt eine Zeile je Gebiet aus, übergeordnete vor den Gebieten darin: territory, owner, accounts und overdue (die Firmen ohne Kontakt innerhalb des Abstands ihrer Stufe: A alle %1 Tage, B %2, C %3, sofern der Admin nichts anderes eingestellt hat; eine Region zählt die ihrer Gebiete mit). Die Firmen ohne Gebiet kommen zuletzt, mit leerem Gebiet. Mit --coverage stattdessen eine Zeile je überfälliger Firma, die am längsten überfällige zuerst: account, territory, tier, last_contact (UTC), due_by (UTC) und overdue_days; bei einer nie kontaktierten Firma sind die letzten drei leer, und sie kommt zuerst.</translation>
    </message>
    <message>
        <location filename="../app/cli/territories.cpp" line="71"/>
        <source>Print the accounts overdue for contact instead.</source>
        <translation>Stattdessen die Firmen mit überfälligem Kontakt ausgeben.</translation>
    </message>
</context>
<context>
    <name>Stageboard::AccountDialog</name>
    <message>
        <location filename="../ui/accountdialog.cpp" line="41"/>
        <source>Account — %1</source>
        <translation>Firma – %1</translation>
    </message>
    <message>
        <location filename="../ui/accountdialog.cpp" line="41"/>
        <source>New Account</source>
        <translation>Neue Firma</translation>
    </message>
    <message>
        <location filename="../ui/accountdialog.cpp" line="48"/>
        <source>(no territory)</source>
        <translation>(kein Gebiet)</translation>
    </message>
    <message>
        <location filename="../ui/accountdialog.cpp" line="54"/>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <location filename="../ui/accountdialog.cpp" line="67"/>
        <source>No tier (no contact target)</source>
        <translation>Keine Stufe (kein Kontaktziel)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/accountdialog.cpp" line="70"/>
        <source>%1 — in touch every %n day(s)</source>
        <translation>
            <numerusform>%1 – Kontakt spätestens nach %n Tag</numerusform>
            <numerusform>%1 – Kontakt spätestens nach %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/accountdialog.cpp" line="74"/>
        <source>How much attention the account deserves: the coverage view lists it as overdue when nobody has been in touch for longer than its tier&apos;s interval.</source>
        <translation>Wie viel Aufmerksamkeit die Firma verdient: Die Abdeckung führt sie als überfällig, wenn länger als der Abstand ihrer Stufe niemand Kontakt hatte.</translation>
    </message>
    <message>
        <location filename="../ui/accountdialog.cpp" line="86"/>
        <source>What the account could be worth beyond its pipeline, in the reporting currency (%1); the territory view ranks by it with the open weighted pipeline and the wins of the last 12 months.</source>
        <translation>Was die Firma über ihre Pipeline hinaus wert sein könnte, in der Berichtswährung (%1); die Gebietsansicht ordnet danach, mit der gewichteten offenen Pipeline und den Gewinnen der letzten 12 Monate.</translation>
    </message>
    <message>
        <location filename="../ui/accountdialog.cpp" line="99"/>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/accountdialog.cpp" line="104"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/accountdialog.cpp" line="105"/>
        <source>&amp;Industry:</source>
        <translation>&amp;Branche:</translation>
    </message>
    <message>
        <location filename="../ui/accountdialog.cpp" line="106"/>
        <source>&amp;Territory:</source>
        <translation>&amp;Gebiet:</translation>
    </message>
    <message>
        <location filename="../ui/accountdialog.cpp" line="107"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <location filename="../ui/accountdialog.cpp" line="114"/>
        <source>Attention &amp;tier:</source>
        <translation>Aufmerksamkeits&amp;stufe:</translation>
    </message>
    <message>
        <location filename="../ui/accountdialog.cpp" line="118"/>
        <source>&amp;Potential:</source>
        <translation>&amp;Potenzial:</translation>
    </message>
    <message>
        <location filename="../ui/accountdialog.cpp" line="121"/>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location filename="../ui/accountdialog.cpp" line="122"/>
        <source>&amp;Employees:</source>
        <translation>&amp;Mitarbeitende:</translation>
    </message>
    <message>
        <location filename="../ui/accountdialog.cpp" line="149"/>
        <source>its value suggests %1</source>
        <translation>ihr Wert legt %1 nahe</translation>
    </message>
    <message>
        <location filename="../ui/accountdialog.cpp" line="150"/>
        <source>The top fifth of the accounts by value (open weighted + won in the last 12 months + potential) A, the next three tenths B, the rest C.</source>
        <translation>Das oberste Fünftel der Firmen nach Wert (gewichtet offen + in den letzten 12 Monaten gewonnen + Potenzial) A, die nächsten drei Zehntel B, der Rest C.</translation>
    </message>
    <message>
        <location filename="../ui/accountdialog.cpp" line="183"/>
        <source>Potential: %1</source>
        <translation>Potenzial: %1</translation>
    </message>
    <message>
        <location filename="../ui/accountdialog.cpp" line="188"/>
        <source>Potential: an account&apos;s potential cannot be below zero.</source>
        <translation>Potenzial: Das Potenzial einer Firma kann nicht unter null liegen.</translation>
    </message>
    <message>
        <location filename="../ui/accountdialog.cpp" line="206"/>
        <source>There is an account named “%1” already.</source>
        <translation>Es gibt schon eine Firma namens „%1“.</translation>
    </message>
</context>
<context>
    <name>Stageboard::AccountListModel</name>
    <message>
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="230"/>
        <source>Country: %1</source>
        <translation>Land: %1</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="232"/>
        <source>Employees: %L1</source>
        <translation>Mitarbeitende: %L1</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="234"/>
        <source>Potential: %1</source>
        <translation>Potenzial: %1</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="238"/>
        <source>Open weighted %1 + won in 12 months %2 + potential %3</source>
        <translation>Gewichtet offen %1 + gewonnen in 12 Monaten %2 + Potenzial %3</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="244"/>
        <source>Its value suggests tier %1.</source>
        <translation>Ihr Wert legt Stufe %1 nahe.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="249"/>
        <source>%1: its time has passed and it is not done yet.</source>
        <translation>%1: Der Zeitpunkt ist vorbei, und sie ist noch nicht erledigt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="259"/>
        <source>Never contacted (tier %1: every %n day(s)).</source>
        <translation>
            <numerusform>Nie kontaktiert (Stufe %1: spätestens nach %n Tag).</numerusform>
            <numerusform>Nie kontaktiert (Stufe %1: spätestens nach %n Tagen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="263"/>
        <source>Overdue for contact since %1 (tier %2: every %n day(s)).</source>
        <translation>
            <numerusform>Kontakt überfällig seit %1 (Stufe %2: spätestens nach %n Tag).</numerusform>
            <numerusform>Kontakt überfällig seit %1 (Stufe %2: spätestens nach %n Tagen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="265"/>
        <source>Due for contact by %1 (tier %2: every %n day(s)).</source>
        <translation>
            <numerusform>Kontakt fällig bis %1 (Stufe %2: spätestens nach %n Tag).</numerusform>
            <numerusform>Kontakt fällig bis %1 (Stufe %2: spätestens nach %n Tagen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="272"/>
        <source>%n open deal(s) in a currency without an exchange rate are left out.</source>
        <translation>
            <numerusform>%n offener Deal in einer Währung ohne Wechselkurs ist nicht mitgezählt.</numerusform>
            <numerusform>%n offene Deals in einer Währung ohne Wechselkurs sind nicht mitgezählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="275"/>
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n offener Deal</numerusform>
            <numerusform>%n offene Deals</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="319"/>
        <source>How much attention the account deserves: A the most.</source>
        <translation>Wie viel Aufmerksamkeit die Firma verdient: A am meisten.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="321"/>
        <source>The open deals&apos; amounts, in the reporting currency.</source>
        <translation>Die Beträge der offenen Deals, in der Berichtswährung.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="323"/>
        <source>Each open deal&apos;s amount times its probability.</source>
        <translation>Betrag jedes offenen Deals mal seiner Wahrscheinlichkeit.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="325"/>
        <source>Won in the last 12 months.</source>
        <translation>In den letzten 12 Monaten gewonnen.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="327"/>
        <source>What the account is worth to us: open weighted + won in the last 12 months + its potential.</source>
        <translation>Was die Firma uns wert ist: gewichtet offen + in den letzten 12 Monaten gewonnen + ihr Potenzial.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="331"/>
        <source>On the account&apos;s deals or with its people.</source>
        <translation>Bei den Deals der Firma oder mit ihren Personen.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="340"/>
        <source>Account</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="342"/>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="344"/>
        <source>Territory</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="346"/>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="348"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="350"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="354"/>
        <source>Won (12 mo.)</source>
        <translation>Gewonnen (12 M.)</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="356"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation type="vanished">Offene Pipeline</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="352"/>
        <source>Weighted</source>
        <translation>Gewichtet</translation>
    </message>
    <message>
        <source>Won (12 months)</source>
        <translation type="vanished">Gewonnen (12 Monate)</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="358"/>
        <source>Last activity</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="360"/>
        <source>Next activity</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="362"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
</context>
<context>
    <name>Stageboard::AccountsView</name>
    <message>
        <location filename="../ui/accountsview.cpp" line="70"/>
        <source>&amp;New Account…</source>
        <translation>&amp;Neue Firma …</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="72"/>
        <source>Add a company you sell to</source>
        <translation>Eine Firma hinzufügen, an die Sie verkaufen</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="74"/>
        <source>E&amp;xport Accounts…</source>
        <translation>Firmen e&amp;xportieren …</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="76"/>
        <source>The accounts the list shows, with their figures, as CSV</source>
        <translation>Die Firmen, die die Liste zeigt, mit ihren Zahlen, als CSV</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="78"/>
        <source>Schedule &amp;Call…</source>
        <translation>&amp;Anruf planen …</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="80"/>
        <source>Plan a call with someone at the selected account</source>
        <translation>Einen Anruf mit jemandem bei der gewählten Firma planen</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="82"/>
        <source>&amp;Show All Accounts</source>
        <translation>&amp;Alle Firmen zeigen</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="95"/>
        <source>Search name, industry, territory, owner or country</source>
        <translation>Name, Branche, Gebiet, Zuständige oder Land suchen</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="97"/>
        <source>Search accounts</source>
        <translation>Firmen suchen</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="110"/>
        <source>Territory</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="111"/>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="112"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="113"/>
        <source>All tiers</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="115"/>
        <source>Tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="116"/>
        <source>No tier</source>
        <translation>Keine Stufe</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="117"/>
        <source>&amp;Overdue for contact</source>
        <translation>Kontakt ü&amp;berfällig</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="119"/>
        <source>Only the accounts nobody has been in touch with within their tier&apos;s interval</source>
        <translation>Nur die Firmen, mit denen innerhalb des Abstands ihrer Stufe niemand Kontakt hatte</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/accountsview.cpp" line="125"/>
        <location filename="../ui/accountsview.cpp" line="406"/>
        <source>%1 of %n account(s)</source>
        <translation>
            <numerusform>%1 von %n Firma</numerusform>
            <numerusform>%1 von %n Firmen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="141"/>
        <source>Accounts</source>
        <translation>Firmen</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="146"/>
        <source>&amp;Edit Account…</source>
        <translation>Firma &amp;bearbeiten …</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="333"/>
        <source>All territories</source>
        <translation>Alle Gebiete</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="334"/>
        <source>Anyone&apos;s</source>
        <translation>Alle Zuständigen</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="336"/>
        <source>No territory</source>
        <translation>Kein Gebiet</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="345"/>
        <source>Mine (%1)</source>
        <translation>Meine (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/accountsview.cpp" line="404"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n Firma</numerusform>
            <numerusform>%n Firmen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="418"/>
        <source>No accounts yet</source>
        <translation>Noch keine Firmen</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="419"/>
        <source>Add the companies you sell to with New Account…; accounts are also made as deals and contacts are imported.</source>
        <translation>Fügen Sie die Firmen, an die Sie verkaufen, mit „Neue Firma …“ hinzu; Firmen entstehen auch beim Import von Deals und Kontakten.</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="427"/>
        <source>No account matches these filters</source>
        <translation>Keine passende Firma für diese Filter</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="428"/>
        <source>No account matches “%1”</source>
        <translation>Keine passende Firma für „%1“</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="429"/>
        <source>Try fewer words or another territory, owner or tier; Show All Accounts clears them all.</source>
        <translation>Versuchen Sie weniger Wörter oder ein anderes Gebiet, andere Zuständige oder Stufe; „Alle Firmen zeigen“ hebt alles auf.</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="431"/>
        <source>Look for part of a name, industry, territory, owner or country.</source>
        <translation>Suchen Sie nach einem Teil von Name, Branche, Gebiet, Zuständigen oder Land.</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="497"/>
        <source>Schedule Call</source>
        <translation>Anruf planen</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="498"/>
        <source>Nobody at %1 to call yet. Add a contact there first (Contacts ▸ New Contact…); a call is planned with a person, so that it counts as the account&apos;s contact.</source>
        <translation>Bei %1 gibt es noch niemanden zum Anrufen. Legen Sie dort zuerst einen Kontakt an (Kontakte ▸ Neuer Kontakt …); ein Anruf wird mit einer Person geplant, damit er als Kontakt mit der Firma zählt.</translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="505"/>
        <source>Call %1 (%2)</source>
        <translation>Anruf bei %1 (%2)</translation>
    </message>
    <message>
        <source>No account matches</source>
        <translation type="vanished">Keine Firma passt</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n account(s) is in this territory, owner and tier with these words.</source>
        <translation type="vanished">
            <numerusform>Die %n Firma liegt nicht in diesem Gebiet, bei dieser Zuständigkeit und Stufe mit diesen Wörtern.</numerusform>
            <numerusform>Keine der %n Firmen liegt in diesem Gebiet, bei dieser Zuständigkeit und Stufe mit diesen Wörtern.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/accountsview.cpp" line="454"/>
        <source>The account %1 does not exist any more.</source>
        <translation>Die Firma %1 gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Stageboard::ActivityFlow</name>
    <message>
        <location filename="../ui/activityflow.cpp" line="130"/>
        <source>&quot;%1&quot; is done.</source>
        <translation>„%1“ ist erledigt.</translation>
    </message>
    <message>
        <location filename="../ui/activityflow.cpp" line="132"/>
        <source>It ticked &quot;%1&quot; on the opportunity.</source>
        <translation>Damit ist „%1“ bei der Verkaufschance abgehakt.</translation>
    </message>
    <message>
        <location filename="../ui/activityflow.cpp" line="133"/>
        <source>Plan the Next Activity</source>
        <translation>Nächste Aktivität planen</translation>
    </message>
    <message>
        <location filename="../ui/activityflow.cpp" line="135"/>
        <source>Plan the next activity for &quot;%1&quot;?</source>
        <translation>Die nächste Aktivität für „%1“ planen?</translation>
    </message>
    <message>
        <location filename="../ui/activityflow.cpp" line="137"/>
        <source>&amp;Plan Next…</source>
        <translation>Nächste &amp;planen …</translation>
    </message>
    <message>
        <location filename="../ui/activityflow.cpp" line="138"/>
        <source>&amp;Not Now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
</context>
<context>
    <name>Stageboard::ActivityReminders</name>
    <message>
        <location filename="../ui/activityreminders.cpp" line="68"/>
        <source>%1 at %2: %3</source>
        <translation>%1 um %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/activityreminders.cpp" line="70"/>
        <source>About &quot;%1&quot; (%2).</source>
        <translation>Zu „%1“ (%2).</translation>
    </message>
</context>
<context>
    <name>Stageboard::AgendaModel</name>
    <message>
        <location filename="../model/itemmodels/agendamodel.cpp" line="105"/>
        <source>Choose an activity to mark done.</source>
        <translation>Wählen Sie eine Aktivität, die erledigt ist.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/agendamodel.cpp" line="157"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/agendamodel.cpp" line="159"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/agendamodel.cpp" line="161"/>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/agendamodel.cpp" line="163"/>
        <source>Later</source>
        <translation>Später</translation>
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
            <numerusform>%1: %n Aktivität</numerusform>
            <numerusform>%1: %n Aktivitäten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/itemmodels/agendamodel.cpp" line="194"/>
        <source>Tick to mark it done.</source>
        <translation>Abhaken, wenn erledigt.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/agendamodel.cpp" line="203"/>
        <source>No date</source>
        <translation>Ohne Datum</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/agendamodel.cpp" line="215"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/agendamodel.cpp" line="260"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/agendamodel.cpp" line="262"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/agendamodel.cpp" line="264"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/agendamodel.cpp" line="266"/>
        <source>Opportunity</source>
        <translation>Verkaufschance</translation>
    </message>
</context>
<context>
    <name>Stageboard::AgendaView</name>
    <message>
        <location filename="../ui/agendaview.cpp" line="37"/>
        <source>&amp;Plan Activity…</source>
        <translation>Aktivität &amp;planen…</translation>
    </message>
    <message>
        <location filename="../ui/agendaview.cpp" line="41"/>
        <source>Tick an activity to mark it done; double-click it to open its opportunity.</source>
        <translation>Haken Sie eine erledigte Aktivität ab; ein Doppelklick öffnet ihre Verkaufschance.</translation>
    </message>
    <message>
        <location filename="../ui/agendaview.cpp" line="48"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../ui/agendaview.cpp" line="57"/>
        <source>Nothing planned for you. Plan the next call, meeting, task or email with Plan Activity…, or from an opportunity.</source>
        <translation>Nichts für Sie geplant. Planen Sie den nächsten Anruf, Termin, die nächste Aufgabe oder E-Mail mit „Aktivität planen…“ oder bei einer Verkaufschance.</translation>
    </message>
    <message>
        <location filename="../ui/agendaview.cpp" line="73"/>
        <source>Debriefs to review</source>
        <translation>Nachbesprechungen zu prüfen</translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="vanished">Anruf</translation>
    </message>
    <message>
        <location filename="../ui/agendaview.cpp" line="78"/>
        <location filename="../ui/agendaview.cpp" line="108"/>
        <source>Opportunity</source>
        <translation>Verkaufschance</translation>
    </message>
    <message>
        <location filename="../ui/agendaview.cpp" line="78"/>
        <source>Debriefed by</source>
        <translation>Nachbesprochen von</translation>
    </message>
    <message>
        <location filename="../ui/agendaview.cpp" line="78"/>
        <source>Asked</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <location filename="../ui/agendaview.cpp" line="78"/>
        <source>Call or meeting</source>
        <translation>Anruf oder Termin</translation>
    </message>
    <message>
        <location filename="../ui/agendaview.cpp" line="84"/>
        <source>&amp;Review…</source>
        <translation>&amp;Prüfen …</translation>
    </message>
    <message>
        <location filename="../ui/agendaview.cpp" line="104"/>
        <source>Coaching notes for you</source>
        <translation>Coaching-Notizen für Sie</translation>
    </message>
    <message>
        <location filename="../ui/agendaview.cpp" line="108"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../ui/agendaview.cpp" line="108"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/agendaview.cpp" line="108"/>
        <source>Follow up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <location filename="../ui/agendaview.cpp" line="117"/>
        <source>&amp;Mark Read</source>
        <translation>Als &amp;gelesen markieren</translation>
    </message>
    <message>
        <location filename="../ui/agendaview.cpp" line="235"/>
        <source>Coaching notes for you (%1)</source>
        <translation>Coaching-Notizen für Sie (%1)</translation>
    </message>
    <message>
        <location filename="../ui/agendaview.cpp" line="236"/>
        <source>Coaching notes for you: none unread.</source>
        <translation>Coaching-Notizen für Sie: keine ungelesen.</translation>
    </message>
    <message>
        <location filename="../ui/agendaview.cpp" line="284"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/agendaview.cpp" line="293"/>
        <source>Debriefs to review (%1)</source>
        <translation>Nachbesprechungen zu prüfen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/agendaview.cpp" line="294"/>
        <source>Debriefs to review: none waits for your feedback.</source>
        <translation>Nachbesprechungen zu prüfen: Keine wartet auf Ihre Rückmeldung.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is done.</source>
        <translation type="vanished">„%1“ ist erledigt.</translation>
    </message>
    <message>
        <source>It ticked &quot;%1&quot; on the opportunity.</source>
        <translation type="vanished">Damit ist „%1“ bei der Verkaufschance abgehakt.</translation>
    </message>
    <message>
        <source>Plan the Next Activity</source>
        <translation type="vanished">Nächste Aktivität planen</translation>
    </message>
    <message>
        <source>Plan the next activity for &quot;%1&quot;?</source>
        <translation type="vanished">Die nächste Aktivität für „%1“ planen?</translation>
    </message>
    <message>
        <source>&amp;Plan Next…</source>
        <translation type="vanished">Nächste &amp;planen…</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation type="vanished">&amp;Nicht jetzt</translation>
    </message>
</context>
<context>
    <name>Stageboard::BoardModel</name>
    <message>
        <location filename="../model/itemmodels/boardmodel.cpp" line="94"/>
        <source>close date</source>
        <translation>Abschlussdatum</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/boardmodel.cpp" line="96"/>
        <source>amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/boardmodel.cpp" line="98"/>
        <source>days in stage</source>
        <translation>Tage in der Phase</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/boardmodel.cpp" line="100"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/boardmodel.cpp" line="328"/>
        <source>no next activity scheduled</source>
        <translation>keine nächste Aktivität geplant</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/boardmodel.cpp" line="330"/>
        <source>next activity overdue since %1</source>
        <translation>nächste Aktivität überfällig seit %1</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/boardmodel.cpp" line="332"/>
        <source>next activity today at %1</source>
        <translation>nächste Aktivität heute um %1</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/boardmodel.cpp" line="334"/>
        <source>next activity %1</source>
        <translation>nächste Aktivität %1</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/boardmodel.cpp" line="368"/>
        <source>Next step: %1</source>
        <translation>Nächster Schritt: %1</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/boardmodel.cpp" line="375"/>
        <source>Required exit criteria of %1 are not all met yet.</source>
        <translation>Die Pflicht-Ausstiegskriterien von %1 sind noch nicht alle erfüllt.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/boardmodel.cpp" line="377"/>
        <source>Disqualified: lost before it reached qualification.</source>
        <translation>Disqualifiziert: verloren, bevor sie die Qualifizierung erreichte.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/boardmodel.cpp" line="380"/>
        <source>Moved here past unmet criteria by an override: %1</source>
        <translation>Per Ausnahme hierher verschoben, obwohl Kriterien offen waren: %1</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/boardmodel.cpp" line="385"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/boardmodel.cpp" line="393"/>
        <source>%1, closes %2</source>
        <translation>%1, Abschluss %2</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/boardmodel.cpp" line="395"/>
        <source>owner %1</source>
        <translation>verantwortlich %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/boardmodel.cpp" line="397"/>
        <source>%n day(s) in %1</source>
        <translation>
            <numerusform>%n Tag in %1</numerusform>
            <numerusform>%n Tage in %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/itemmodels/boardmodel.cpp" line="399"/>
        <source>%1 of %2 activities done</source>
        <translation>%1 von %2 Aktivitäten erledigt</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/boardmodel.cpp" line="401"/>
        <source>stalled</source>
        <translation>stockt</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/boardmodel.cpp" line="403"/>
        <source>required criteria not met</source>
        <translation>Pflichtkriterien nicht erfüllt</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/boardmodel.cpp" line="408"/>
        <source>%n stakeholder(s), a champion among them</source>
        <translation>
            <numerusform>%n Beteiligter, darunter ein Fürsprecher</numerusform>
            <numerusform>%n Beteiligte, darunter ein Fürsprecher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/boardmodel.cpp" line="409"/>
        <source>%n stakeholder(s), no champion</source>
        <translation>
            <numerusform>%n Beteiligter, kein Fürsprecher</numerusform>
            <numerusform>%n Beteiligte, kein Fürsprecher</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/itemmodels/boardmodel.cpp" line="411"/>
        <source>disqualified</source>
        <translation>disqualifiziert</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/boardmodel.cpp" line="416"/>
        <source>moved here by an override: %1</source>
        <translation>per Ausnahme hierher verschoben: %1</translation>
    </message>
    <message>
        <location filename="../ui/undorecorder.cpp" line="75"/>
        <source>The opportunity &quot;%1&quot; no longer exists.</source>
        <translation>Die Verkaufschance „%1“ gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Stageboard::BoardService</name>
    <message>
        <location filename="../model/services/boardservice.cpp" line="90"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../model/services/boardservice.cpp" line="95"/>
        <source>%1 signs off %2; choose another role for them in the process editor first.</source>
        <translation>%1 gibt %2 frei; wählen Sie dafür zuerst im Prozesseditor eine andere Rolle.</translation>
    </message>
    <message>
        <location filename="../model/services/boardservice.cpp" line="346"/>
        <source>&quot;%1&quot; was moved to %2 elsewhere meanwhile.</source>
        <translation>„%1“ wurde inzwischen anderswo nach %2 verschoben.</translation>
    </message>
    <message>
        <location filename="../model/services/boardservice.cpp" line="347"/>
        <source>%3 moved &quot;%1&quot; to %2 meanwhile.</source>
        <translation>%3 hat „%1“ inzwischen nach %2 verschoben.</translation>
    </message>
    <message>
        <location filename="../model/services/boardservice.cpp" line="348"/>
        <source>The board shows it there now; nothing was moved.</source>
        <translation>Das Board zeigt sie jetzt dort; nichts wurde verschoben.</translation>
    </message>
    <message>
        <location filename="../model/services/boardservice.cpp" line="358"/>
        <location filename="../model/services/boardservice.cpp" line="396"/>
        <location filename="../model/services/boardservice.cpp" line="417"/>
        <location filename="../model/services/boardservice.cpp" line="448"/>
        <location filename="../model/services/boardservice.cpp" line="501"/>
        <source>The opportunity %1 no longer exists.</source>
        <translation>Die Verkaufschance %1 gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../model/services/boardservice.cpp" line="369"/>
        <source>&quot;%1&quot; was deleted elsewhere; nothing was moved.</source>
        <translation>„%1“ wurde anderswo gelöscht; nichts wurde verschoben.</translation>
    </message>
    <message>
        <location filename="../model/services/boardservice.cpp" line="435"/>
        <source>The stage %1 no longer exists.</source>
        <translation>Die Phase %1 gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../model/services/boardservice.cpp" line="487"/>
        <source>the sign-off &quot;%1&quot; is open again: %2 signs it off anew.</source>
        <translation>die Freigabe „%1“ ist wieder offen: %2 gibt sie erneut frei.</translation>
    </message>
</context>
<context>
    <name>Stageboard::BoardView</name>
    <message>
        <location filename="../ui/boardview.cpp" line="26"/>
        <source>Sales board</source>
        <translation>Vertriebsboard</translation>
    </message>
</context>
<context>
    <name>Stageboard::BuyingGroupView</name>
    <message>
        <location filename="../ui/buyinggroupview.cpp" line="99"/>
        <source>Buying group</source>
        <translation>Einkaufsgruppe</translation>
    </message>
    <message>
        <location filename="../ui/buyinggroupview.cpp" line="110"/>
        <source>Add &amp;Stakeholder…</source>
        <translation>&amp;Beteiligten hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/buyinggroupview.cpp" line="113"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/buyinggroupview.cpp" line="124"/>
        <location filename="../ui/buyinggroupview.cpp" line="130"/>
        <source>Open objections</source>
        <translation>Offene Einwände</translation>
    </message>
    <message>
        <location filename="../ui/buyinggroupview.cpp" line="133"/>
        <source>Mark &amp;Resolved</source>
        <translation>Als &amp;ausgeräumt markieren</translation>
    </message>
    <message>
        <location filename="../ui/buyinggroupview.cpp" line="182"/>
        <source>%1 — raised %2</source>
        <translation>%1 – erhoben am %2</translation>
    </message>
    <message>
        <location filename="../ui/buyinggroupview.cpp" line="209"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/buyinggroupview.cpp" line="210"/>
        <source>%1 · %2 · influence %3</source>
        <translation>%1 · %2 · Einfluss %3</translation>
    </message>
    <message>
        <location filename="../ui/buyinggroupview.cpp" line="211"/>
        <source>no role</source>
        <translation>keine Rolle</translation>
    </message>
    <message>
        <location filename="../ui/buyinggroupview.cpp" line="229"/>
        <source>No stakeholders yet: add the decision maker and a champion.</source>
        <translation>Noch keine Beteiligten: fügen Sie den Entscheider und einen Fürsprecher hinzu.</translation>
    </message>
</context>
<context>
    <name>Stageboard::BuyingRole</name>
    <message>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="24"/>
        <source>Decision maker</source>
        <translation>Entscheider</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="25"/>
        <source>Economic buyer</source>
        <translation>Wirtschaftlicher Entscheider</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="26"/>
        <source>Champion</source>
        <translation>Fürsprecher</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="27"/>
        <source>Influencer</source>
        <translation>Beeinflusser</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="28"/>
        <source>Technical evaluator</source>
        <translation>Technischer Prüfer</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="29"/>
        <source>User</source>
        <translation>Anwender</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="30"/>
        <source>Blocker</source>
        <translation>Blockierer</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="31"/>
        <source>Procurement / legal</source>
        <translation>Einkauf / Recht</translation>
    </message>
</context>
<context>
    <name>Stageboard::BuyingRolesDialog</name>
    <message>
        <location filename="../ui/buyingrolesdialog.cpp" line="23"/>
        <source>Buying Roles</source>
        <translation>Einkaufsrollen</translation>
    </message>
    <message>
        <source>The roles a stakeholder can have in a deal&apos;s buying group. Rule criteria such as “a Champion among the stakeholders” name them by their key, which a new name does not change.</source>
        <translation type="vanished">Die Rollen, die Beteiligte in der Einkaufsgruppe eines Deals haben können. Regelkriterien wie „ein Fürsprecher unter den Beteiligten“ nennen sie über ihren Schlüssel, den ein neuer Name nicht ändert.</translation>
    </message>
    <message>
        <location filename="../ui/buyingrolesdialog.cpp" line="24"/>
        <source>The roles a person can have in a deal&apos;s buying group. A renamed role keeps its place in the gate criteria that ask for it; a removed one stays on the people who have it and is offered for nobody new.</source>
        <translation>Die Rollen, die eine Person in der Einkaufsgruppe eines Deals haben kann. Eine umbenannte Rolle bleibt in den Kriterien, die nach ihr fragen; eine entfernte bleibt bei den Personen, die sie haben, und wird niemandem neu angeboten.</translation>
    </message>
    <message>
        <location filename="../ui/buyingrolesdialog.cpp" line="32"/>
        <source>Buying roles</source>
        <translation>Einkaufsrollen</translation>
    </message>
    <message>
        <location filename="../ui/buyingrolesdialog.cpp" line="34"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <location filename="../ui/buyingrolesdialog.cpp" line="36"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <location filename="../ui/buyingrolesdialog.cpp" line="38"/>
        <location filename="../ui/buyingrolesdialog.cpp" line="134"/>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/buyingrolesdialog.cpp" line="42"/>
        <source>Add Buying Role</source>
        <translation>Einkaufsrolle hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/buyingrolesdialog.cpp" line="42"/>
        <location filename="../ui/buyingrolesdialog.cpp" line="53"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/buyingrolesdialog.cpp" line="53"/>
        <source>Rename Buying Role</source>
        <translation>Einkaufsrolle umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/buyingrolesdialog.cpp" line="64"/>
        <source>Remove Buying Role</source>
        <translation>Einkaufsrolle entfernen</translation>
    </message>
    <message>
        <location filename="../ui/buyingrolesdialog.cpp" line="65"/>
        <source>Remove “%1”? Nobody new can be given it; the people who have it keep it, and Bring Back offers it again.</source>
        <translation>„%1“ entfernen? Niemand Neues kann sie bekommen; wer sie hat, behält sie, und „Wiederherstellen“ bietet sie wieder an.</translation>
    </message>
    <message>
        <location filename="../ui/buyingrolesdialog.cpp" line="109"/>
        <source>%1 (removed)</source>
        <translation>%1 (entfernt)</translation>
    </message>
    <message>
        <source>%1 (removed: offered for no new stakeholder)</source>
        <translation type="vanished">%1 (entfernt: für keine neuen Beteiligten angeboten)</translation>
    </message>
    <message>
        <location filename="../ui/buyingrolesdialog.cpp" line="113"/>
        <source>Key: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
    <message>
        <location filename="../ui/buyingrolesdialog.cpp" line="133"/>
        <source>Bring &amp;Back</source>
        <translation>&amp;Wiederherstellen</translation>
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
        <translation>Disqualifiziert</translation>
    </message>
    <message>
        <location filename="../ui/carddelegate.cpp" line="402"/>
        <source>Red dot: a required exit criterion of this stage is not met yet, so the deal cannot move on.</source>
        <translation>Roter Punkt: Ein Pflichtkriterium dieser Phase ist noch nicht erfüllt, daher kann der Deal nicht weiter.</translation>
    </message>
    <message>
        <location filename="../ui/carddelegate.cpp" line="406"/>
        <source>Flag: moved into this stage past unmet required criteria by an override. Reason: %1</source>
        <translation>Fähnchen: per Ausnahme in diese Phase verschoben, obwohl Pflichtkriterien offen waren. Begründung: %1</translation>
    </message>
    <message>
        <location filename="../ui/carddelegate.cpp" line="414"/>
        <source>No next activity planned: plan a call, meeting, task or email so that the deal does not stall.</source>
        <translation>Keine nächste Aktivität geplant: planen Sie einen Anruf, Termin, eine Aufgabe oder E-Mail, damit der Deal nicht stockt.</translation>
    </message>
    <message>
        <location filename="../ui/carddelegate.cpp" line="417"/>
        <source>Next activity overdue: it was due %1.</source>
        <translation>Nächste Aktivität überfällig: sie war am %1 fällig.</translation>
    </message>
    <message>
        <location filename="../ui/carddelegate.cpp" line="419"/>
        <source>Next activity due today: %1.</source>
        <translation>Nächste Aktivität heute fällig: %1.</translation>
    </message>
    <message>
        <location filename="../ui/carddelegate.cpp" line="421"/>
        <source>Next activity planned for %1.</source>
        <translation>Nächste Aktivität geplant für %1.</translation>
    </message>
    <message>
        <location filename="../ui/carddelegate.cpp" line="425"/>
        <source>%1 of %2 recommended activities of this stage done.</source>
        <translation>%1 von %2 empfohlenen Aktivitäten dieser Phase erledigt.</translation>
    </message>
    <message>
        <location filename="../ui/carddelegate.cpp" line="432"/>
        <source>Expected to close on %1: that date has passed. Update the close date or the stage.</source>
        <translation>Abschluss erwartet am %1: Dieses Datum ist vorbei. Aktualisieren Sie das Abschlussdatum oder die Phase.</translation>
    </message>
    <message>
        <location filename="../ui/carddelegate.cpp" line="435"/>
        <source>Expected to close on %1.</source>
        <translation>Abschluss erwartet am %1.</translation>
    </message>
    <message>
        <location filename="../ui/carddelegate.cpp" line="439"/>
        <source>Disqualified: lost before it reached qualification.</source>
        <translation>Disqualifiziert: verloren, bevor er die Qualifizierung erreichte.</translation>
    </message>
    <message>
        <location filename="../ui/carddelegate.cpp" line="441"/>
        <source>Why it closed: %1</source>
        <translation>Abschlussgrund: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/carddelegate.cpp" line="445"/>
        <source>%n day(s) in this stage: stalled, past the stage&apos;s limit of %1.</source>
        <translation>
            <numerusform>%n Tag in dieser Phase: stockt, über der Grenze der Phase von %1.</numerusform>
            <numerusform>%n Tage in dieser Phase: stockt, über der Grenze der Phase von %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/carddelegate.cpp" line="447"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/carddelegate.cpp" line="449"/>
        <source>%n day(s) in this stage.</source>
        <translation>
            <numerusform>%n Tag in dieser Phase.</numerusform>
            <numerusform>%n Tage in dieser Phase.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/carddelegate.cpp" line="452"/>
        <source>Amount; weighted by its %1 % probability: %2</source>
        <translation>Betrag; gewichtet mit seiner Wahrscheinlichkeit von %1 %: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/carddelegate.cpp" line="245"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n T.</numerusform>
            <numerusform>%n T.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stageboard::CloseOpportunityDialog</name>
    <message>
        <location filename="../ui/movedialogs.cpp" line="197"/>
        <source>Move to %1</source>
        <translation>Nach %1 verschieben</translation>
    </message>
    <message>
        <location filename="../ui/movedialogs.cpp" line="199"/>
        <source>Why is &quot;%1&quot; moving to %2?</source>
        <translation>Warum wechselt „%1“ nach %2?</translation>
    </message>
    <message>
        <location filename="../ui/movedialogs.cpp" line="218"/>
        <source>Choose or type a reason</source>
        <translation>Grund wählen oder eingeben</translation>
    </message>
    <message>
        <location filename="../ui/movedialogs.cpp" line="219"/>
        <source>&amp;Main reason:</source>
        <translation>&amp;Hauptgrund:</translation>
    </message>
    <message>
        <location filename="../ui/movedialogs.cpp" line="222"/>
        <source>Other reasons</source>
        <translation>Weitere Gründe</translation>
    </message>
    <message>
        <location filename="../ui/movedialogs.cpp" line="224"/>
        <source>&amp;Other reasons:</source>
        <translation>&amp;Weitere Gründe:</translation>
    </message>
    <message>
        <location filename="../ui/movedialogs.cpp" line="236"/>
        <source>None, or choose or type one</source>
        <translation>Keiner – wählen oder eingeben</translation>
    </message>
    <message>
        <source>No competitor, or choose or type one</source>
        <translation type="vanished">Kein Wettbewerber, oder einen wählen oder eingeben</translation>
    </message>
    <message>
        <location filename="../ui/movedialogs.cpp" line="237"/>
        <source>&amp;Lost to:</source>
        <translation>&amp;Verloren an:</translation>
    </message>
    <message>
        <location filename="../ui/movedialogs.cpp" line="242"/>
        <source>What happened, for the look-back</source>
        <translation>Was geschah, für den Rückblick</translation>
    </message>
    <message>
        <location filename="../ui/movedialogs.cpp" line="244"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
</context>
<context>
    <name>Stageboard::CoachingModel</name>
    <message numerus="yes">
        <location filename="../model/itemmodels/coachingmodel.cpp" line="93"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n Deal</numerusform>
            <numerusform>%n Deals</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/itemmodels/coachingmodel.cpp" line="96"/>
        <source>%1 % of activities</source>
        <translation>%1 % der Aktivitäten</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/coachingmodel.cpp" line="97"/>
        <source>No activities</source>
        <translation>Keine Aktivitäten</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/coachingmodel.cpp" line="98"/>
        <source>%1 stalled · %2 overridden</source>
        <translation>%1 stockend · %2 übersteuert</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/coachingmodel.cpp" line="100"/>
        <source>%1 d in stage (team %2 d)</source>
        <translation>%1 T. in Phase (Team %2 T.)</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/coachingmodel.cpp" line="106"/>
        <source>%1 has no open deal in %2.</source>
        <translation>%1 hat keinen offenen Deal in %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/coachingmodel.cpp" line="109"/>
        <source>%1 in %2: %n open deal(s); %3 of the stage&apos;s recommended activities ticked; %4 stalled past the stage&apos;s age limit; %5 let in past the gate on an override; median %6 days in the stage, against %7 for the team. Select the cell to see its deals.</source>
        <translation>
            <numerusform>%1 in %2: %n offener Deal; %3 der empfohlenen Aktivitäten der Phase abgehakt; %4 über der Altersgrenze der Phase; %5 per Übersteuerung am Gate vorbei; Median %6 Tage in der Phase, gegenüber %7 im Team. Wählen Sie die Zelle, um ihre Deals zu sehen.</numerusform>
            <numerusform>%1 in %2: %n offene Deals; %3 der empfohlenen Aktivitäten der Phase abgehakt; %4 über der Altersgrenze der Phase; %5 per Übersteuerung am Gate vorbei; Median %6 Tage in der Phase, gegenüber %7 im Team. Wählen Sie die Zelle, um ihre Deals zu sehen.</numerusform>
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
        <translation>keine (sie empfiehlt keine)</translation>
    </message>
</context>
<context>
    <name>Stageboard::CoachingService</name>
    <message>
        <location filename="../model/services/coaching.cpp" line="38"/>
        <source>Only a manager or an admin writes coaching notes.</source>
        <translation>Nur ein Manager oder ein Admin schreibt Coaching-Notizen.</translation>
    </message>
    <message>
        <location filename="../model/services/coaching.cpp" line="43"/>
        <source>The deal &quot;%1&quot; is not this rep&apos;s.</source>
        <translation>Der Deal „%1“ gehört nicht diesem Vertriebler.</translation>
    </message>
    <message>
        <location filename="../model/services/coaching.cpp" line="60"/>
        <source>Only the rep a coaching note is for marks it read.</source>
        <translation>Nur der Vertriebler, für den eine Coaching-Notiz ist, markiert sie als gelesen.</translation>
    </message>
    <message>
        <location filename="../model/services/coaching.cpp" line="71"/>
        <source>Only a manager or an admin removes a coaching note.</source>
        <translation>Nur ein Manager oder ein Admin entfernt eine Coaching-Notiz.</translation>
    </message>
</context>
<context>
    <name>Stageboard::CoachingView</name>
    <message>
        <source>Each cell is a rep&apos;s open deals in a stage: how many, the share of the stage&apos;s recommended activities ticked, those stalled past the stage&apos;s age limit or let in on an override, and the median days in the stage against the team&apos;s. Select a cell to see its deals and write the rep a coaching note.</source>
        <translation type="vanished">Jede Zelle sind die offenen Deals eines Vertrieblers in einer Phase: wie viele, der Anteil abgehakter empfohlener Aktivitäten der Phase, die über der Altersgrenze oder per Übersteuerung hereingelassenen, und der Median der Tage in der Phase gegenüber dem des Teams. Wählen Sie eine Zelle, um ihre Deals zu sehen und dem Vertriebler eine Coaching-Notiz zu schreiben.</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="75"/>
        <source>Each cell is a rep&apos;s open deals in a stage: how many, the share of the stage&apos;s recommended activities ticked, those stalled past the stage&apos;s age limit or let in on an override, and the median days in the stage against the team&apos;s. A cell in orange has stalled deals or takes far longer than the team. Select a cell to see its deals and write the rep a coaching note.</source>
        <translation>Jede Zelle zeigt die offenen Deals eines Vertrieblers in einer Phase: ihre Anzahl, den Anteil abgehakter empfohlener Aktivitäten, wie viele über der Altersgrenze der Phase liegen oder per Übersteuerung hereinkamen, und den Median der Tage in der Phase gegenüber dem Team. Eine orange Zelle hat stockende Deals oder braucht weit länger als das Team. Wählen Sie eine Zelle, um ihre Deals zu sehen und dem Vertriebler eine Coaching-Notiz zu schreiben.</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="84"/>
        <source>Coaching grid</source>
        <translation>Coaching-Raster</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="92"/>
        <source>No open deals to coach on yet. Deals that reps own in an open stage appear here.</source>
        <translation>Noch keine offenen Deals zum Coachen. Deals von Vertrieblern in einer offenen Phase erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="104"/>
        <source>Deals of the selected cell</source>
        <translation>Deals der gewählten Zelle</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="108"/>
        <location filename="../ui/coachingview.cpp" line="137"/>
        <source>Opportunity</source>
        <translation>Verkaufschance</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="108"/>
        <source>Days in stage</source>
        <translation>Tage in Phase</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="108"/>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="108"/>
        <location filename="../ui/coachingview.cpp" line="327"/>
        <source>Stalled</source>
        <translation>Stockend</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="108"/>
        <source>Override</source>
        <translation>Übersteuerung</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="113"/>
        <source>Double-click a deal to open it on the board.</source>
        <translation>Doppelklick auf einen Deal öffnet ihn auf dem Board.</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="133"/>
        <source>Coaching notes of the selected rep</source>
        <translation>Coaching-Notizen des gewählten Vertrieblers</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="137"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="137"/>
        <source>Follow up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="137"/>
        <location filename="../ui/coachingview.cpp" line="371"/>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="144"/>
        <source>What the note is about</source>
        <translation>Worum es in der Notiz geht</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="147"/>
        <source>Coaching note</source>
        <translation>Coaching-Notiz</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="148"/>
        <source>What to try, what went well, what to look at together…</source>
        <translation>Was ausprobieren, was gut lief, was gemeinsam ansehen …</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="152"/>
        <source>Follow up on</source>
        <translation>Nachfassen am</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="158"/>
        <source>Follow-up date</source>
        <translation>Datum zum Nachfassen</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="161"/>
        <source>&amp;Add Note</source>
        <translation>Notiz &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="164"/>
        <source>Remove Note</source>
        <translation>Notiz entfernen</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="300"/>
        <source>Select a cell to see its deals.</source>
        <translation>Wählen Sie eine Zelle, um ihre Deals zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="308"/>
        <source>About %1&apos;s work in general</source>
        <translation>Zur Arbeit von %1 allgemein</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="326"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="326"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="333"/>
        <source>About %1</source>
        <translation>Zu %1</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="334"/>
        <source>About %1 (%2)</source>
        <translation>Zu %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/coachingview.cpp" line="339"/>
        <source>%1 in %2: %n open deal(s), the longest in the stage first</source>
        <translation>
            <numerusform>%1 in %2: %n offener Deal, der längste in der Phase zuerst</numerusform>
            <numerusform>%1 in %2: %n offene Deals, der längste in der Phase zuerst</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="349"/>
        <source>Coaching notes</source>
        <translation>Coaching-Notizen</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="357"/>
        <source>Coaching notes are between %1 and their managers.</source>
        <translation>Coaching-Notizen bleiben zwischen %1 und seinen Managern.</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="371"/>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="374"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="379"/>
        <source>Coaching notes to %1: none yet.</source>
        <translation>Coaching-Notizen an %1: noch keine.</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="380"/>
        <source>Coaching notes to %1 (%2)</source>
        <translation>Coaching-Notizen an %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="400"/>
        <source>Only a manager or an admin writes coaching notes.</source>
        <translation>Nur ein Manager oder ein Admin schreibt Coaching-Notizen.</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="401"/>
        <source>Select a cell to write its rep a note.</source>
        <translation>Wählen Sie eine Zelle, um ihrem Vertriebler eine Notiz zu schreiben.</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="402"/>
        <source>The rep finds the note on their agenda.</source>
        <translation>Der Vertriebler findet die Notiz in seiner Agenda.</translation>
    </message>
    <message>
        <location filename="../ui/coachingview.cpp" line="420"/>
        <source>Coaching note written to %1.</source>
        <translation>Coaching-Notiz an %1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>Stageboard::CompetitorsDialog</name>
    <message>
        <location filename="../ui/competitorsdialog.cpp" line="24"/>
        <location filename="../ui/competitorsdialog.cpp" line="32"/>
        <source>Competitors</source>
        <translation>Wettbewerber</translation>
    </message>
    <message>
        <location filename="../ui/competitorsdialog.cpp" line="25"/>
        <source>The companies the team competes with. Deals name them, with our strengths and weaknesses against each, and a lost deal says which one it was lost to.</source>
        <translation>Die Unternehmen, mit denen das Team im Wettbewerb steht. Verkaufschancen nennen sie, mit unseren Stärken und Schwächen ihnen gegenüber, und eine verlorene sagt, an wen sie verloren ging.</translation>
    </message>
    <message>
        <location filename="../ui/competitorsdialog.cpp" line="34"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <location filename="../ui/competitorsdialog.cpp" line="36"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/competitorsdialog.cpp" line="40"/>
        <source>Add Competitor</source>
        <translation>Wettbewerber hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/competitorsdialog.cpp" line="40"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/competitorsdialog.cpp" line="51"/>
        <source>What they offer, how they price and sell, where they win</source>
        <translation>Was sie anbieten, wie sie Preise machen und verkaufen, wo sie gewinnen</translation>
    </message>
    <message>
        <location filename="../ui/competitorsdialog.cpp" line="68"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/competitorsdialog.cpp" line="69"/>
        <source>&amp;What we know:</source>
        <translation>&amp;Was wir wissen:</translation>
    </message>
    <message>
        <location filename="../ui/competitorsdialog.cpp" line="70"/>
        <source>&amp;Save Description</source>
        <translation>Beschreibung &amp;speichern</translation>
    </message>
    <message>
        <location filename="../ui/competitorsdialog.cpp" line="127"/>
        <source>Only a manager or an admin removes a competitor.</source>
        <translation>Nur ein Manager oder Administrator entfernt einen Wettbewerber.</translation>
    </message>
</context>
<context>
    <name>Stageboard::ConflictDialog</name>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="27"/>
        <source>Changed by Someone Else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="30"/>
        <source>&lt;b&gt;&quot;%1&quot; was changed elsewhere while you edited it.&lt;/b&gt;&lt;br&gt;Nothing has been saved yet. For each field below, choose your value or the one saved meanwhile. Fields only one of you changed start with that change; fields you both changed are in bold.</source>
        <translation>&lt;b&gt;„%1“ wurde anderswo geändert, während Sie es bearbeitet haben.&lt;/b&gt;&lt;br&gt;Noch ist nichts gespeichert. Wählen Sie für jedes Feld unten Ihren Wert oder den inzwischen gespeicherten. Felder, die nur einer von Ihnen geändert hat, beginnen mit dieser Änderung; Felder, die Sie beide geändert haben, sind fett.</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="41"/>
        <source>Fields that differ</source>
        <translation>Abweichende Felder</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="42"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="42"/>
        <source>Your edit</source>
        <translation>Ihre Bearbeitung</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="42"/>
        <source>Saved elsewhere</source>
        <translation>Anderswo gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="57"/>
        <source>You both changed this field.</source>
        <translation>Sie haben dieses Feld beide geändert.</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="65"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="67"/>
        <source>Keep your %1: %2</source>
        <translation>Ihr %1 behalten: %2</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="67"/>
        <source>Keep the saved %1: %2</source>
        <translation>Gespeichertes %1 behalten: %2</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="79"/>
        <source>Save These Values</source>
        <translation>Diese Werte speichern</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="81"/>
        <source>Discard My Edit</source>
        <translation>Meine Bearbeitung verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="82"/>
        <source>Keep the deal as it was saved elsewhere.</source>
        <translation>Den Deal so lassen, wie er anderswo gespeichert wurde.</translation>
    </message>
</context>
<context>
    <name>Stageboard::ConnectionDialog</name>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="23"/>
        <source>Connect to a Shared Database</source>
        <translation>Mit einer gemeinsamen Datenbank verbinden</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="40"/>
        <source>db.example.com</source>
        <translation>db.example.com</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="41"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="46"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="48"/>
        <source>stageboard</source>
        <translation>stageboard</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="49"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="54"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="57"/>
        <source>Asked by the server, if at all</source>
        <translation>Vom Server erfragt, falls überhaupt</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="58"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="62"/>
        <source>Never encrypt</source>
        <translation>Nie verschlüsseln</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="63"/>
        <source>Encrypt if the server insists</source>
        <translation>Verschlüsseln, wenn der Server darauf besteht</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="64"/>
        <source>Encrypt when the server can (default)</source>
        <translation>Verschlüsseln, wenn der Server es kann (Standard)</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="65"/>
        <source>Always encrypt</source>
        <translation>Immer verschlüsseln</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="66"/>
        <source>Always encrypt, and check the server&apos;s certificate</source>
        <translation>Immer verschlüsseln und das Zertifikat des Servers prüfen</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="67"/>
        <source>Always encrypt, check the certificate and the server&apos;s name</source>
        <translation>Immer verschlüsseln, Zertifikat und Namen des Servers prüfen</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="74"/>
        <source>&amp;Encryption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="77"/>
        <source>&amp;Remember the password in the keyring</source>
        <translation>Passwort im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="82"/>
        <source>This desktop has no keyring: Stageboard asks for the password each time, and never writes it to a file.</source>
        <translation>Diese Arbeitsumgebung hat keinen Schlüsselbund: Stageboard fragt jedes Mal nach dem Passwort und schreibt es nie in eine Datei.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="88"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="92"/>
        <source>Create &amp;New Database</source>
        <translation>&amp;Neue Datenbank anlegen</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="94"/>
        <source>Creates the database on the server (your user needs the right to create databases) and sets it up with the default sales process.</source>
        <translation>Legt die Datenbank auf dem Server an (Ihr Benutzer braucht das Recht, Datenbanken anzulegen) und richtet sie mit dem Standard-Vertriebsprozess ein.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="135"/>
        <source>Enter the server&apos;s name or address.</source>
        <translation>Geben Sie Namen oder Adresse des Servers ein.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="136"/>
        <source>Enter the database&apos;s name.</source>
        <translation>Geben Sie den Namen der Datenbank ein.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="137"/>
        <source>Enter the user to log in as.</source>
        <translation>Geben Sie den Benutzer für die Anmeldung ein.</translation>
    </message>
</context>
<context>
    <name>Stageboard::ContactDialog</name>
    <message>
        <location filename="../ui/contactdialog.cpp" line="66"/>
        <source>Contact — %1</source>
        <translation>Kontakt — %1</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="66"/>
        <source>New Contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="73"/>
        <source>(no account)</source>
        <translation>(keine Firma)</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="85"/>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="96"/>
        <source>What to remember about them: how they like to be reached, what matters to them.</source>
        <translation>Was man sich merken sollte: wie die Person erreicht werden möchte, was ihr wichtig ist.</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="102"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="103"/>
        <source>&amp;Job title:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="104"/>
        <source>&amp;Account:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="105"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="106"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="107"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="108"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="128"/>
        <location filename="../ui/contactdialog.cpp" line="131"/>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="129"/>
        <location filename="../ui/contactdialog.cpp" line="140"/>
        <source>Opportunity</source>
        <translation>Verkaufschance</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="129"/>
        <source>Buying role</source>
        <translation>Einkaufsrolle</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="129"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="139"/>
        <location filename="../ui/contactdialog.cpp" line="142"/>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="140"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="140"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="168"/>
        <source>no role</source>
        <translation>keine Rolle</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="171"/>
        <source>Double-click to open it on the board</source>
        <translation>Doppelklick öffnet sie auf dem Board</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="176"/>
        <source>Not in any deal&apos;s buying group yet: add them from a deal&apos;s panel.</source>
        <translation>Noch in keiner Einkaufsgruppe: im Bereich einer Verkaufschance hinzufügen.</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="199"/>
        <source>done %1</source>
        <translation>erledigt %1</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="200"/>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="201"/>
        <source>not dated</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="203"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="213"/>
        <source>No activity with them yet: plan one from a deal&apos;s panel.</source>
        <translation>Noch keine Aktivität mit der Person: im Bereich einer Verkaufschance planen.</translation>
    </message>
</context>
<context>
    <name>Stageboard::ContactListModel</name>
    <message>
        <location filename="../model/itemmodels/contactlistmodel.cpp" line="236"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/contactlistmodel.cpp" line="238"/>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/contactlistmodel.cpp" line="240"/>
        <source>Account</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/contactlistmodel.cpp" line="242"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/contactlistmodel.cpp" line="244"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/contactlistmodel.cpp" line="246"/>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/contactlistmodel.cpp" line="248"/>
        <source>Open deals</source>
        <translation>Offene Deals</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/contactlistmodel.cpp" line="250"/>
        <source>Next activity</source>
        <translation>Nächste Aktivität</translation>
    </message>
</context>
<context>
    <name>Stageboard::ContactsView</name>
    <message>
        <location filename="../ui/contactsview.cpp" line="35"/>
        <source>&amp;New Contact…</source>
        <translation>&amp;Neuer Kontakt …</translation>
    </message>
    <message>
        <location filename="../ui/contactsview.cpp" line="37"/>
        <source>Add a person at one of the accounts</source>
        <translation>Eine Person bei einer der Firmen hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/contactsview.cpp" line="39"/>
        <source>&amp;Delete Contact…</source>
        <translation>Kontakt &amp;löschen …</translation>
    </message>
    <message>
        <source>&amp;Import Contacts…</source>
        <translation type="vanished">Kontakte &amp;importieren …</translation>
    </message>
    <message>
        <location filename="../ui/contactsview.cpp" line="45"/>
        <source>Import Con&amp;tacts…</source>
        <translation>Kon&amp;takte importieren …</translation>
    </message>
    <message>
        <location filename="../ui/contactsview.cpp" line="47"/>
        <source>Contacts from a CSV file, as Salesforce or HubSpot export them</source>
        <translation>Kontakte aus einer CSV-Datei, wie Salesforce oder HubSpot sie exportieren</translation>
    </message>
    <message>
        <location filename="../ui/contactsview.cpp" line="48"/>
        <source>E&amp;xport Contacts…</source>
        <translation>Kont&amp;akte exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/contactsview.cpp" line="58"/>
        <source>&amp;Clear Search</source>
        <translation>Suche &amp;leeren</translation>
    </message>
    <message>
        <location filename="../ui/contactsview.cpp" line="63"/>
        <source>Search name, job title, email, phone or account</source>
        <translation>Name, Position, E-Mail, Telefon oder Firma suchen</translation>
    </message>
    <message>
        <location filename="../ui/contactsview.cpp" line="65"/>
        <source>Search contacts</source>
        <translation>Kontakte suchen</translation>
    </message>
    <message>
        <location filename="../ui/contactsview.cpp" line="82"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../ui/contactsview.cpp" line="86"/>
        <source>&amp;Open Contact</source>
        <translation>Kontakt ö&amp;ffnen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contactsview.cpp" line="74"/>
        <location filename="../ui/contactsview.cpp" line="197"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/contactsview.cpp" line="207"/>
        <source>No contacts yet</source>
        <translation>Noch keine Kontakte</translation>
    </message>
    <message>
        <location filename="../ui/contactsview.cpp" line="208"/>
        <source>Add the people you sell to with New Contact…, or import them from a CSV file exported from Salesforce or HubSpot.</source>
        <translation>Legen Sie die Menschen, an die Sie verkaufen, mit „Neuer Kontakt …“ an, oder importieren Sie sie aus einer CSV-Datei aus Salesforce oder HubSpot.</translation>
    </message>
    <message>
        <location filename="../ui/contactsview.cpp" line="212"/>
        <source>No contact matches “%1”</source>
        <translation>Kein Kontakt passt zu „%1“</translation>
    </message>
    <message>
        <location filename="../ui/contactsview.cpp" line="213"/>
        <source>Look for part of a name, job title, email, phone or account.</source>
        <translation>Suchen Sie nach einem Teil von Name, Position, E-Mail, Telefon oder Firma.</translation>
    </message>
    <message>
        <location filename="../ui/contactsview.cpp" line="238"/>
        <source>The contact %1 does not exist any more.</source>
        <translation>Den Kontakt %1 gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../ui/contactsview.cpp" line="265"/>
        <source>Delete Contact</source>
        <translation>Kontakt löschen</translation>
    </message>
    <message>
        <location filename="../ui/contactsview.cpp" line="266"/>
        <source>Delete %1? They leave the contacts list; the deals and activities that name them keep their name.</source>
        <translation>%1 löschen? Die Person verschwindet aus der Kontaktliste; Deals und Aktivitäten, die sie nennen, behalten ihren Namen.</translation>
    </message>
</context>
<context>
    <name>Stageboard::CriterionRule</name>
    <message>
        <location filename="../model/process/criterionrule.cpp" line="18"/>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <location filename="../model/process/criterionrule.cpp" line="26"/>
        <source>the amount</source>
        <translation>der Betrag</translation>
    </message>
    <message>
        <location filename="../model/process/criterionrule.cpp" line="28"/>
        <source>the close date</source>
        <translation>das Abschlussdatum</translation>
    </message>
    <message>
        <location filename="../model/process/criterionrule.cpp" line="29"/>
        <source>a contact</source>
        <translation>ein Kontakt</translation>
    </message>
    <message>
        <location filename="../model/process/criterionrule.cpp" line="81"/>
        <source>The rule &quot;%1&quot; names no buying role: write, for example, stakeholder:champion.</source>
        <translation>Die Regel „%1“ nennt keine Einkaufsrolle: schreiben Sie zum Beispiel stakeholder:champion.</translation>
    </message>
    <message>
        <location filename="../model/process/criterionrule.cpp" line="90"/>
        <source>The rule &quot;%1&quot; needs an activity type: call, meeting, task or email.</source>
        <translation>Die Regel „%1“ braucht einen Aktivitätstyp: call, meeting, task oder email.</translation>
    </message>
    <message>
        <location filename="../model/process/criterionrule.cpp" line="101"/>
        <source>The rule &quot;%1&quot; needs a field: amount, close_date or contact.</source>
        <translation>Die Regel „%1“ braucht ein Feld: amount, close_date oder contact.</translation>
    </message>
    <message>
        <location filename="../model/process/criterionrule.cpp" line="105"/>
        <source>&quot;%1&quot; is not a rule; a rule is stakeholder:ROLE, activity:TYPE, debrief or field:NAME.</source>
        <translation>„%1“ ist keine Regel; eine Regel ist stakeholder:ROLLE, activity:TYP, debrief oder field:NAME.</translation>
    </message>
    <message>
        <location filename="../model/process/criterionrule.cpp" line="149"/>
        <source>no %1 among the stakeholders</source>
        <translation>kein %1 unter den Beteiligten</translation>
    </message>
    <message>
        <location filename="../model/process/criterionrule.cpp" line="151"/>
        <source>no activity of type %1 done in this stage</source>
        <translation>keine Aktivität vom Typ %1 in dieser Phase erledigt</translation>
    </message>
    <message>
        <location filename="../model/process/criterionrule.cpp" line="153"/>
        <source>no call debriefed in this stage</source>
        <translation>kein Gespräch in dieser Phase nachbesprochen</translation>
    </message>
    <message>
        <location filename="../model/process/criterionrule.cpp" line="156"/>
        <source>no contact named</source>
        <translation>kein Kontakt genannt</translation>
    </message>
    <message>
        <location filename="../model/process/criterionrule.cpp" line="157"/>
        <source>%1 is not set</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <location filename="../model/process/criterionrule.cpp" line="168"/>
        <source>%1 done</source>
        <translation>%1 erledigt</translation>
    </message>
    <message>
        <location filename="../model/process/criterionrule.cpp" line="170"/>
        <source>Call debriefed</source>
        <translation>Gespräch nachbesprochen</translation>
    </message>
    <message>
        <location filename="../model/process/criterionrule.cpp" line="181"/>
        <source>Checked by itself: %1 among the stakeholders</source>
        <translation>Prüft sich selbst: %1 unter den Beteiligten</translation>
    </message>
    <message>
        <location filename="../model/process/criterionrule.cpp" line="184"/>
        <source>Checked by itself: an activity of type %1 done in this stage</source>
        <translation>Prüft sich selbst: eine Aktivität vom Typ %1 in dieser Phase erledigt</translation>
    </message>
    <message>
        <location filename="../model/process/criterionrule.cpp" line="187"/>
        <source>Checked by itself: a call debriefed in this stage</source>
        <translation>Prüft sich selbst: ein Gespräch in dieser Phase nachbesprochen</translation>
    </message>
    <message>
        <location filename="../model/process/criterionrule.cpp" line="189"/>
        <source>Checked by itself: %1 is set</source>
        <translation>Prüft sich selbst: %1 ist angegeben</translation>
    </message>
</context>
<context>
    <name>Stageboard::CsvActions</name>
    <message>
        <location filename="../ui/csvactions.cpp" line="35"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="52"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="56"/>
        <source>Exporting…</source>
        <translation>Wird exportiert …</translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="57"/>
        <location filename="../ui/csvactions.cpp" line="236"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="78"/>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/csvactions.cpp" line="83"/>
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>%n Zeile nach %1 geschrieben.</numerusform>
            <numerusform>%n Zeilen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="94"/>
        <source>Export Opportunities</source>
        <translation>Verkaufschancen exportieren</translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="105"/>
        <source>Export Stage History</source>
        <translation>Phasenverlauf exportieren</translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="117"/>
        <source>Export Forecast</source>
        <translation>Prognose exportieren</translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="138"/>
        <location filename="../ui/csvactions.cpp" line="148"/>
        <source>Import Opportunities</source>
        <translation>Verkaufschancen importieren</translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="140"/>
        <location filename="../ui/csvactions.cpp" line="221"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="180"/>
        <source>Export Contacts</source>
        <translation>Kontakte exportieren</translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="189"/>
        <source>Export Stakeholders</source>
        <translation>Beteiligte exportieren</translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="198"/>
        <source>Export Activities</source>
        <translation>Aktivitäten exportieren</translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="206"/>
        <source>Export Accounts</source>
        <translation>Firmen exportieren</translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="215"/>
        <source>Import Contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="230"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="235"/>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="255"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/csvactions.cpp" line="267"/>
        <source>%n row(s) cannot be imported:</source>
        <translation>
            <numerusform>%n Zeile kann nicht importiert werden:</numerusform>
            <numerusform>%n Zeilen können nicht importiert werden:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/csvactions.cpp" line="273"/>
        <source>… and %n more (see Show Details).</source>
        <translation>
            <numerusform>… und %n weitere (siehe Details).</numerusform>
            <numerusform>… und %n weitere (siehe Details).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/csvactions.cpp" line="280"/>
        <source>%n account(s) will be created: %1</source>
        <translation>
            <numerusform>%n Firma wird angelegt: %1</numerusform>
            <numerusform>%n Firmen werden angelegt: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="288"/>
        <source>Nothing to import: every row is refused. People already stored stay as they are; fix the other rows in the file and import it again.</source>
        <translation>Nichts zu importieren: jede Zeile wird abgelehnt. Bereits gespeicherte Personen bleiben, wie sie sind; korrigieren Sie die übrigen Zeilen in der Datei und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>Nothing can be imported. Fix the rows and try again.</source>
        <translation type="vanished">Nichts kann importiert werden. Korrigieren Sie die Zeilen und versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/csvactions.cpp" line="296"/>
        <source>Import the %n good contact(s)?</source>
        <translation>
            <numerusform>Den %n guten Kontakt importieren?</numerusform>
            <numerusform>Die %n guten Kontakte importieren?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/csvactions.cpp" line="299"/>
        <source>&amp;Import %n Contact(s)</source>
        <translation>
            <numerusform>%n Kontakt &amp;importieren</numerusform>
            <numerusform>%n Kontakte &amp;importieren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="313"/>
        <source>Importing…</source>
        <translation>Wird importiert …</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/csvactions.cpp" line="322"/>
        <source>Imported %n contact(s).</source>
        <translation>
            <numerusform>%n Kontakt importiert.</numerusform>
            <numerusform>%n Kontakte importiert.</numerusform>
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
        <translation>Die Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../model/csv/csvexport.cpp" line="40"/>
        <location filename="../model/csv/csvexport.cpp" line="229"/>
        <location filename="../model/csv/csvexport.cpp" line="264"/>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Stageboard::CsvImporter</name>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="143"/>
        <location filename="../model/csv/peoplecsv.cpp" line="252"/>
        <source>the row has %1 fields, the header has %2.</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile %2.</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="205"/>
        <source>&quot;%1&quot; is not a three-letter currency code.</source>
        <translation>„%1“ ist kein dreibuchstabiger Währungscode.</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="220"/>
        <source>&quot;%1&quot; is not a date: %2</source>
        <translation>„%1“ ist kein Datum: %2</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="221"/>
        <source>&quot;%1&quot; is not a date; use YYYY-MM-DD.</source>
        <translation>„%1“ ist kein Datum; verwenden Sie JJJJ-MM-TT.</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="238"/>
        <source>&quot;%1&quot; is not a percentage from 0 to 100.</source>
        <translation>„%1“ ist kein Prozentsatz von 0 bis 100.</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="337"/>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="339"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="341"/>
        <source>Account</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="343"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="345"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="347"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="349"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="351"/>
        <source>Close date</source>
        <translation>Abschlussdatum</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="353"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="355"/>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="357"/>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="359"/>
        <source>Close reason</source>
        <translation>Abschlussgrund</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="361"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="384"/>
        <location filename="../model/csv/csvimport.cpp" line="551"/>
        <location filename="../model/csv/peoplecsv.cpp" line="450"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="385"/>
        <source>line %1, %2: %3</source>
        <translation>Zeile %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="397"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="408"/>
        <source>line %1 — %2</source>
        <translation>Zeile %1 — %2</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="584"/>
        <source>The process has no stages to import into.</source>
        <translation>Der Prozess hat keine Phasen, in die importiert werden kann.</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="449"/>
        <location filename="../model/csv/peoplecsv.cpp" line="373"/>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="156"/>
        <location filename="../model/csv/peoplecsv.cpp" line="271"/>
        <source>a line break was folded into a space.</source>
        <translation>ein Zeilenumbruch wurde durch ein Leerzeichen ersetzt.</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="187"/>
        <source>&quot;%1&quot; is not a stage of this process; choose the stage it means.</source>
        <translation>„%1“ ist keine Phase dieses Prozesses; wählen Sie die Phase, die gemeint ist.</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="454"/>
        <source>No column holds the opportunities&apos; titles (e.g. &quot;Opportunity Name&quot;, &quot;Deal Name&quot;, &quot;Title&quot;). The header is: %1</source>
        <translation>Keine Spalte enthält die Titel der Verkaufschancen (z. B. „Opportunity Name“, „Deal Name“, „Title“). Die Kopfzeile ist: %1</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="498"/>
        <source>line 1: the file has a header but no opportunities.</source>
        <translation>Zeile 1: Die Datei hat eine Kopfzeile, aber keine Verkaufschancen.</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="598"/>
        <location filename="../model/csv/peoplecsv.cpp" line="424"/>
        <source>The file cannot be read a second time (it is not seekable).</source>
        <translation>Die Datei kann kein zweites Mal gelesen werden (sie ist nicht durchsuchbar).</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="527"/>
        <location filename="../model/csv/peoplecsv.cpp" line="447"/>
        <source>line %1 changed while it was being imported.</source>
        <translation>Zeile %1 hat sich während des Imports geändert.</translation>
    </message>
    <message>
        <location filename="../model/csv/csvimport.cpp" line="533"/>
        <location filename="../model/csv/peoplecsv.cpp" line="454"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation type="vanished">„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../model/csv/peoplecsv.cpp" line="302"/>
        <source>%1 is already the email of the contact %2.</source>
        <translation>%1 ist bereits die E-Mail des Kontakts %2.</translation>
    </message>
    <message>
        <location filename="../model/csv/peoplecsv.cpp" line="305"/>
        <source>%1 is already on line %2.</source>
        <translation>%1 steht bereits in Zeile %2.</translation>
    </message>
    <message>
        <location filename="../model/csv/peoplecsv.cpp" line="321"/>
        <source>&quot;%1&quot; is not a user of this database.</source>
        <translation>„%1“ ist kein Benutzer dieser Datenbank.</translation>
    </message>
    <message>
        <location filename="../model/csv/peoplecsv.cpp" line="332"/>
        <source>the row has no name.</source>
        <translation>die Zeile hat keinen Namen.</translation>
    </message>
    <message>
        <location filename="../model/csv/peoplecsv.cpp" line="380"/>
        <source>No column holds the contacts&apos; names (e.g. &quot;Name&quot;, or &quot;First Name&quot; and &quot;Last Name&quot;). The header is: %1</source>
        <translation>Keine Spalte enthält die Namen der Kontakte (z. B. „Name“ oder „First Name“ und „Last Name“). Die Kopfzeile ist: %1</translation>
    </message>
    <message>
        <location filename="../model/csv/peoplecsv.cpp" line="417"/>
        <source>line 1: the file has a header but no contacts.</source>
        <translation>Zeile 1: die Datei hat eine Kopfzeile, aber keine Kontakte.</translation>
    </message>
</context>
<context>
    <name>Stageboard::CsvReader</name>
    <message>
        <location filename="../model/csv/csvreader.cpp" line="27"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../model/csv/csvreader.cpp" line="122"/>
        <source>the file is not valid UTF-8 text.</source>
        <translation>die Datei ist kein gültiger UTF-8-Text.</translation>
    </message>
    <message>
        <location filename="../model/csv/csvreader.cpp" line="152"/>
        <source>text follows the closing quote of a field; a quote inside a quoted field is written twice (&quot;&quot;).</source>
        <translation>nach dem schließenden Anführungszeichen eines Feldes folgt Text; ein Anführungszeichen in einem Feld in Anführungszeichen wird doppelt geschrieben (&quot;&quot;).</translation>
    </message>
    <message>
        <location filename="../model/csv/csvreader.cpp" line="158"/>
        <source>a field is longer than %1 characters.</source>
        <translation>ein Feld ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../model/csv/csvreader.cpp" line="162"/>
        <source>a quoted field starts here and is never closed.</source>
        <translation>hier beginnt ein Feld in Anführungszeichen, das nie geschlossen wird.</translation>
    </message>
</context>
<context>
    <name>Stageboard::DashboardView</name>
    <message>
        <location filename="../ui/dashboardview.cpp" line="232"/>
        <source>%1B</source>
        <translation>%1 Mrd.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="233"/>
        <source>%1M</source>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="234"/>
        <source>%1K</source>
        <translation>%1 Tsd.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="334"/>
        <source>First close month</source>
        <translation>Erster Abschlussmonat</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="335"/>
        <source>Last close month</source>
        <translation>Letzter Abschlussmonat</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="337"/>
        <source>By month</source>
        <translation>Nach Monat</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="338"/>
        <source>By quarter</source>
        <translation>Nach Quartal</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="339"/>
        <source>By year</source>
        <translation>Nach Jahr</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="340"/>
        <source>Group periods</source>
        <translation>Zeiträume gruppieren</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="343"/>
        <source>Rep filter</source>
        <translation>Vertriebler-Filter</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="345"/>
        <source>Territory filter</source>
        <translation>Gebietsfilter</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="347"/>
        <source>Stage filter</source>
        <translation>Phasenfilter</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="350"/>
        <source>Pipeline filter</source>
        <translation>Pipeline-Filter</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="364"/>
        <source>Close from</source>
        <translation>Abschluss von</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="365"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="371"/>
        <source>Take Snapshot</source>
        <translation>Momentaufnahme festhalten</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="372"/>
        <source>Record today&apos;s forecast, to compare with what closes. Stageboard also records one each day it runs.</source>
        <translation>Die heutige Prognose festhalten, um sie mit dem Abgeschlossenen zu vergleichen. Stageboard hält an jedem Tag, an dem es läuft, auch selbst eine fest.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="386"/>
        <source>Closed won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="386"/>
        <source>Won deals closing in the period</source>
        <translation>Gewonnene Deals mit Abschluss im Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="387"/>
        <location filename="../ui/dashboardview.cpp" line="529"/>
        <source>Quota</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="387"/>
        <source>The quotas of the reps shown, in the period</source>
        <translation>Die Quoten der gezeigten Vertriebler im Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="388"/>
        <source>Attainment</source>
        <translation>Zielerreichung</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="388"/>
        <source>Closed won ÷ quota</source>
        <translation>Gewonnen ÷ Quote</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="389"/>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="389"/>
        <source>Open pipeline ÷ the quota still to close</source>
        <translation>Offene Pipeline ÷ noch zu schließende Quote</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="390"/>
        <source>Win rate</source>
        <translation>Gewinnquote</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="390"/>
        <source>Won ÷ (won + lost); disqualified deals are not losses</source>
        <translation>Gewonnen ÷ (gewonnen + verloren); disqualifizierte Deals sind keine Verluste</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="391"/>
        <source>Average deal</source>
        <translation>Durchschnittlicher Deal</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="391"/>
        <source>The average amount of a won deal</source>
        <translation>Der durchschnittliche Betrag eines gewonnenen Deals</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="392"/>
        <source>Sales cycle</source>
        <translation>Verkaufszyklus</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="392"/>
        <source>Average days from creation to won</source>
        <translation>Durchschnittliche Tage von der Anlage bis zum Gewinn</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="393"/>
        <source>Stalled</source>
        <translation>Stockend</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="393"/>
        <source>Open deals past their stage&apos;s age limit</source>
        <translation>Offene Deals über der Altersgrenze ihrer Phase</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="394"/>
        <source>Awaiting review</source>
        <translation>Rückblick ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="395"/>
        <source>Closed deals waiting for a manager&apos;s look-back (the Look-back tab); not filtered</source>
        <translation>Abgeschlossene Verkaufschancen, die auf den Rückblick eines Managers warten (Registerkarte Rückblick); nicht gefiltert</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="430"/>
        <source>Forecast by close period, against quota</source>
        <translation>Prognose nach Abschlusszeitraum, gegen die Quote</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="431"/>
        <source>Open pipeline by stage</source>
        <translation>Offene Pipeline nach Phase</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="432"/>
        <source>Reps against quota (largest best case first)</source>
        <translation>Vertriebler gegen Quote (größter Best Case zuerst)</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="433"/>
        <source>Conversion funnel: deals that reached each stage</source>
        <translation>Konversionstrichter: Deals, die jede Phase erreichten</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="434"/>
        <source>Forecast over time, against what closed</source>
        <translation>Prognose im Zeitverlauf, gegen das Abgeschlossene</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="435"/>
        <source>Stage probability: configured and observed</source>
        <translation>Phasenwahrscheinlichkeit: eingestellt und beobachtet</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="441"/>
        <source>Forecast tables</source>
        <translation>Prognosetabellen</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="442"/>
        <source>Stalled deals</source>
        <translation>Stockende Deals</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="444"/>
        <source>Stalled Deals</source>
        <translation>Stockende Deals</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="446"/>
        <location filename="../ui/dashboardview.cpp" line="555"/>
        <source>Forecast by period</source>
        <translation>Prognose nach Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="447"/>
        <source>Periods</source>
        <translation>Zeiträume</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="448"/>
        <source>Forecast by rep</source>
        <translation>Prognose nach Vertriebler</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="449"/>
        <source>Reps</source>
        <translation>Vertriebler</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="450"/>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="452"/>
        <source>Forecast snapshots</source>
        <translation>Prognose-Momentaufnahmen</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="453"/>
        <source>Snapshots</source>
        <translation>Momentaufnahmen</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="463"/>
        <source>Forecast dashboard</source>
        <translation>Prognose-Dashboard</translation>
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
%2: %3</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="551"/>
        <source>%1
Quota: %2</source>
        <translation>%1
Quote: %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="576"/>
        <source>Pipeline by stage</source>
        <translation>Pipeline nach Phase</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="594"/>
        <source>Reps against quota</source>
        <translation>Vertriebler gegen Quote</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="616"/>
        <source>Conversion funnel</source>
        <translation>Konversionstrichter</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="657"/>
        <source>Forecast over time</source>
        <translation>Prognose im Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="671"/>
        <source>Probability of closing won (%)</source>
        <translation>Gewinnwahrscheinlichkeit (%)</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="678"/>
        <source>Configured and observed probability</source>
        <translation>Eingestellte und beobachtete Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation type="vanished">Als PNG speichern …</translation>
    </message>
    <message>
        <source>Save %1 as PNG</source>
        <translation type="vanished">%1 als PNG speichern</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation type="vanished">Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="vanished">PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Cannot write the image %1.</source>
        <translation type="vanished">Das Bild %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="vanished">CSV exportieren …</translation>
    </message>
    <message>
        <source>Export %1 as CSV</source>
        <translation type="vanished">%1 als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="828"/>
        <source>The forecast could not be read.</source>
        <translation>Die Prognose konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="857"/>
        <source>All reps</source>
        <translation>Alle Vertriebler</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="863"/>
        <source>All territories</source>
        <translation>Alle Gebiete</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="869"/>
        <source>All pipelines</source>
        <translation>Alle Pipelines</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="874"/>
        <source>All stages</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="889"/>
        <source>%1 ▸ %2</source>
        <translation>%1 ▸ %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="1041"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboardview.cpp" line="1048"/>
        <source>%n deal(s) left out: no exchange rate into %1 for %2. Set one in Forecast ▸ Quotas and Currencies.</source>
        <translation>
            <numerusform>%n Deal ausgelassen: kein Wechselkurs in %1 für %2. Legen Sie einen fest unter Prognose ▸ Quoten und Währungen.</numerusform>
            <numerusform>%n Deals ausgelassen: kein Wechselkurs in %1 für %2. Legen Sie einen fest unter Prognose ▸ Quoten und Währungen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="1052"/>
        <source>No opportunities yet: add or import some on the board.</source>
        <translation>Noch keine Verkaufschancen: Legen Sie auf dem Board welche an oder importieren Sie sie.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="1061"/>
        <source>No deal closes from %1 with this filter, and no quota is set. Widen the range above.</source>
        <translation>Kein Deal schließt von %1 mit diesem Filter ab, und es ist keine Quote gesetzt. Erweitern Sie den Zeitraum oben.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="1066"/>
        <source>No open deal closes in this range with this filter.</source>
        <translation>Kein offener Deal schließt in diesem Zeitraum mit diesem Filter ab.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="1068"/>
        <source>No rep has a deal or a quota in this range with this filter.</source>
        <translation>Kein Vertriebler hat in diesem Zeitraum mit diesem Filter einen Deal oder eine Quote.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="1070"/>
        <source>No deal of this range reached a stage with this filter.</source>
        <translation>Kein Deal dieses Zeitraums hat mit diesem Filter eine Phase erreicht.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="1072"/>
        <source>The forecast is recorded once a day (Forecast ▸ Take Snapshot); the lines start with the second day.</source>
        <translation>Die Prognose wird einmal täglich festgehalten (Prognose ▸ Momentaufnahme festhalten); die Linien beginnen mit dem zweiten Tag.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="1075"/>
        <source>The observed probabilities need deals that closed won or lost; none in this range with this filter.</source>
        <translation>Die beobachteten Wahrscheinlichkeiten brauchen gewonnene oder verlorene Deals; in diesem Zeitraum gibt es mit diesem Filter keine.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="1080"/>
        <source>Nothing to chart</source>
        <translation>Nichts darzustellen</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="1124"/>
        <source>Q%1 %2</source>
        <translation>Q%1 %2</translation>
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
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="1223"/>
        <source>Amounts in %1</source>
        <translation>Beträge in %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboardview.cpp" line="1227"/>
        <source>%n deal(s) left out: no exchange rate into %1 for %2 (Forecast ▸ Quotas and Currencies).</source>
        <translation>
            <numerusform>%n Deal ausgelassen: kein Wechselkurs in %1 für %2 (Prognose ▸ Quoten und Währungen).</numerusform>
            <numerusform>%n Deals ausgelassen: kein Wechselkurs in %1 für %2 (Prognose ▸ Quoten und Währungen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboardview.cpp" line="1233"/>
        <source>%n open deal(s) past their close date are counted in this month.</source>
        <translation>
            <numerusform>%n offener Deal nach seinem Abschlussdatum zählt in diesem Monat.</numerusform>
            <numerusform>%n offene Deals nach ihrem Abschlussdatum zählen in diesem Monat.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="1237"/>
        <source>Quotas are set per rep, so they are not shown for one territory.</source>
        <translation>Quoten gelten je Vertriebler, daher werden sie für ein einzelnes Gebiet nicht gezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="1239"/>
        <source>The forecast over time is not split by stage: it shows every stage.</source>
        <translation>Die Prognose im Zeitverlauf ist nicht nach Phasen aufgeteilt: Sie zeigt alle Phasen.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="1246"/>
        <location filename="../ui/dashboardview.cpp" line="1253"/>
        <source>Stageboard forecast</source>
        <translation>Stageboard-Prognose</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="1252"/>
        <source>Export Dashboard as PDF</source>
        <translation>Dashboard als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="vanished">PDF-Dateien (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Stageboard::DatabaseCopy</name>
    <message>
        <location filename="../model/storage/databasecopy.cpp" line="107"/>
        <source>%1 already holds %2 opportunities; copy into a new, empty database.</source>
        <translation>%1 enthält bereits %2 Verkaufschancen; kopieren Sie in eine neue, leere Datenbank.</translation>
    </message>
    <message>
        <location filename="../model/storage/databasecopy.cpp" line="121"/>
        <source>Cannot empty %1 in %2</source>
        <translation>%1 in %2 kann nicht geleert werden</translation>
    </message>
    <message>
        <location filename="../model/storage/databasecopy.cpp" line="132"/>
        <source>Cannot read %1 from %2</source>
        <translation>%1 kann nicht aus %2 gelesen werden</translation>
    </message>
    <message>
        <location filename="../model/storage/databasecopy.cpp" line="162"/>
        <source>Cannot copy %1 into %2</source>
        <translation>%1 kann nicht nach %2 kopiert werden</translation>
    </message>
    <message>
        <location filename="../model/storage/databasecopy.cpp" line="164"/>
        <source>The copy was stopped; %1 was not changed.</source>
        <translation>Das Kopieren wurde angehalten; %1 wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../model/storage/databasecopy.cpp" line="196"/>
        <source>Cannot count the stakeholders in %1</source>
        <translation>Die Beteiligten in %1 lassen sich nicht zählen</translation>
    </message>
    <message>
        <location filename="../model/storage/databasecopy.cpp" line="211"/>
        <source>Cannot find the ids of %1</source>
        <translation>Die IDs von %1 können nicht gefunden werden</translation>
    </message>
    <message>
        <location filename="../model/storage/databasecopy.cpp" line="221"/>
        <source>Cannot set the next id of %1</source>
        <translation>Die nächste ID von %1 kann nicht gesetzt werden</translation>
    </message>
    <message>
        <location filename="../model/storage/databasecopy.cpp" line="237"/>
        <source>The copy of %1 does not match: %2 rows in %3, %4 in %5. Nothing was copied.</source>
        <translation>Die Kopie von %1 stimmt nicht überein: %2 Zeilen in %3, %4 in %5. Nichts wurde kopiert.</translation>
    </message>
</context>
<context>
    <name>Stageboard::DatabaseLocation</name>
    <message>
        <location filename="../model/core/databaselocation.cpp" line="41"/>
        <source>&quot;%1&quot; is not a valid PostgreSQL address: %2. Write it as postgresql://user@host:port/database.</source>
        <translation>„%1“ ist keine gültige PostgreSQL-Adresse: %2. Schreiben Sie sie als postgresql://benutzer@host:port/datenbank.</translation>
    </message>
    <message>
        <location filename="../model/core/databaselocation.cpp" line="54"/>
        <source>&quot;%1&quot; names no database: write it as postgresql://user@host:port/database.</source>
        <translation>„%1“ nennt keine Datenbank: Schreiben Sie sie als postgresql://benutzer@host:port/datenbank.</translation>
    </message>
    <message>
        <location filename="../model/core/databaselocation.cpp" line="59"/>
        <source>&quot;%1&quot;: the port must be a number from 1 to 65535.</source>
        <translation>„%1“: Der Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <location filename="../model/core/databaselocation.cpp" line="64"/>
        <source>&quot;%1&quot; is not an SSL mode; use one of: %2.</source>
        <translation>„%1“ ist kein SSL-Modus; verwenden Sie einen von: %2.</translation>
    </message>
    <message>
        <location filename="../model/core/databaselocation.cpp" line="69"/>
        <source>&quot;%1&quot; is not a setting Stageboard knows in a PostgreSQL address (only sslmode is).</source>
        <translation>„%1“ ist keine Einstellung, die Stageboard in einer PostgreSQL-Adresse kennt (nur sslmode).</translation>
    </message>
</context>
<context>
    <name>Stageboard::DealActivitiesView</name>
    <message>
        <location filename="../ui/dealactivitiesview.cpp" line="43"/>
        <source>Activities of the opportunity</source>
        <translation>Aktivitäten der Verkaufschance</translation>
    </message>
    <message>
        <location filename="../ui/dealactivitiesview.cpp" line="59"/>
        <source>Plan A&amp;ctivity…</source>
        <translation>Akti&amp;vität planen …</translation>
    </message>
    <message>
        <location filename="../ui/dealactivitiesview.cpp" line="60"/>
        <source>A call, meeting, task or email about this opportunity; a call&apos;s plan can start from the stage&apos;s template.</source>
        <translation>Ein Anruf, Termin, eine Aufgabe oder E-Mail zu dieser Verkaufschance; der Plan eines Anrufs kann mit der Vorlage der Phase beginnen.</translation>
    </message>
    <message>
        <location filename="../ui/dealactivitiesview.cpp" line="62"/>
        <source>Mark &amp;Done</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <location filename="../ui/dealactivitiesview.cpp" line="63"/>
        <source>Edit Pla&amp;n…</source>
        <translation>Pla&amp;n bearbeiten …</translation>
    </message>
    <message>
        <location filename="../ui/dealactivitiesview.cpp" line="64"/>
        <source>Debrie&amp;f…</source>
        <translation>Nach&amp;besprechung …</translation>
    </message>
    <message>
        <location filename="../ui/dealactivitiesview.cpp" line="65"/>
        <source>What went well, what to improve, the questions not asked and the objections left open; ask someone to review it.</source>
        <translation>Was gut lief, was besser werden soll, die nicht gestellten Fragen und die offenen Einwände; jemanden bitten, sie zu prüfen.</translation>
    </message>
    <message>
        <location filename="../ui/dealactivitiesview.cpp" line="67"/>
        <source>Re&amp;view…</source>
        <translation>Prü&amp;fen …</translation>
    </message>
    <message>
        <location filename="../ui/dealactivitiesview.cpp" line="70"/>
        <source>Show more or fewer done activities</source>
        <translation>Mehr oder weniger erledigte Aktivitäten zeigen</translation>
    </message>
    <message>
        <location filename="../ui/dealactivitiesview.cpp" line="181"/>
        <source>overdue since %1</source>
        <translation>überfällig seit %1</translation>
    </message>
    <message>
        <location filename="../ui/dealactivitiesview.cpp" line="185"/>
        <source>due today at %1</source>
        <translation>heute um %1 fällig</translation>
    </message>
    <message>
        <location filename="../ui/dealactivitiesview.cpp" line="190"/>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <location filename="../ui/dealactivitiesview.cpp" line="193"/>
        <source>no date</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <location filename="../ui/dealactivitiesview.cpp" line="197"/>
        <source> · plan written</source>
        <translation> · Plan geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/dealactivitiesview.cpp" line="199"/>
        <source>done %1</source>
        <translation>erledigt %1</translation>
    </message>
    <message>
        <location filename="../ui/dealactivitiesview.cpp" line="203"/>
        <source> · no debrief yet</source>
        <translation> · noch keine Nachbesprechung</translation>
    </message>
    <message>
        <location filename="../ui/dealactivitiesview.cpp" line="205"/>
        <source> · feedback from %1</source>
        <translation> · Rückmeldung von %1</translation>
    </message>
    <message>
        <location filename="../ui/dealactivitiesview.cpp" line="207"/>
        <source> · review asked of %1</source>
        <translation> · Prüfung von %1 erbeten</translation>
    </message>
    <message>
        <location filename="../ui/dealactivitiesview.cpp" line="210"/>
        <source> · debriefed</source>
        <translation> · nachbesprochen</translation>
    </message>
    <message>
        <location filename="../ui/dealactivitiesview.cpp" line="214"/>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <location filename="../ui/dealactivitiesview.cpp" line="216"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/dealactivitiesview.cpp" line="220"/>
        <source>Outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <location filename="../ui/dealactivitiesview.cpp" line="222"/>
        <source>Feedback: %1</source>
        <translation>Rückmeldung: %1</translation>
    </message>
    <message>
        <location filename="../ui/dealactivitiesview.cpp" line="236"/>
        <source>Nothing planned: plan the next call or meeting.</source>
        <translation>Nichts geplant: Planen Sie den nächsten Anruf oder Termin.</translation>
    </message>
    <message>
        <location filename="../ui/dealactivitiesview.cpp" line="242"/>
        <source>Show the recent ones only</source>
        <translation>Nur die letzten zeigen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dealactivitiesview.cpp" line="243"/>
        <source>Show all %n done activity(ies)</source>
        <translation>
            <numerusform>Alle %n erledigte Aktivität zeigen</numerusform>
            <numerusform>Alle %n erledigten Aktivitäten zeigen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stageboard::DealCompetitorDialog</name>
    <message>
        <location filename="../ui/dealcompetitorsview.cpp" line="28"/>
        <source>Add Competitor</source>
        <translation>Wettbewerber hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/dealcompetitorsview.cpp" line="28"/>
        <source>Competitor on This Deal</source>
        <translation>Wettbewerber bei dieser Verkaufschance</translation>
    </message>
    <message>
        <location filename="../ui/dealcompetitorsview.cpp" line="34"/>
        <source>Choose or type a competitor</source>
        <translation>Wettbewerber wählen oder eingeben</translation>
    </message>
    <message>
        <location filename="../ui/dealcompetitorsview.cpp" line="41"/>
        <source>Where we are better, for this customer</source>
        <translation>Wo wir für diesen Kunden besser sind</translation>
    </message>
    <message>
        <location filename="../ui/dealcompetitorsview.cpp" line="44"/>
        <source>Where they are better, for this customer</source>
        <translation>Wo sie für diesen Kunden besser sind</translation>
    </message>
    <message>
        <location filename="../ui/dealcompetitorsview.cpp" line="47"/>
        <source>&amp;Competitor:</source>
        <translation>&amp;Wettbewerber:</translation>
    </message>
    <message>
        <location filename="../ui/dealcompetitorsview.cpp" line="48"/>
        <source>Our &amp;strengths:</source>
        <translation>Unsere &amp;Stärken:</translation>
    </message>
    <message>
        <location filename="../ui/dealcompetitorsview.cpp" line="49"/>
        <source>Our &amp;weaknesses:</source>
        <translation>Unsere Sch&amp;wächen:</translation>
    </message>
</context>
<context>
    <name>Stageboard::DealCompetitorsView</name>
    <message>
        <location filename="../ui/dealcompetitorsview.cpp" line="83"/>
        <source>Competitors on this deal</source>
        <translation>Wettbewerber bei dieser Verkaufschance</translation>
    </message>
    <message>
        <location filename="../ui/dealcompetitorsview.cpp" line="92"/>
        <source>No competitor named yet. Add the ones the customer is also talking to, with where we stand against each.</source>
        <translation>Noch kein Wettbewerber genannt. Fügen Sie die hinzu, mit denen der Kunde auch spricht, und wo wir ihnen gegenüber stehen.</translation>
    </message>
    <message>
        <source>Add Co&amp;mpetitor…</source>
        <translation type="vanished">&amp;Wettbewerber hinzufügen …</translation>
    </message>
    <message>
        <location filename="../ui/dealcompetitorsview.cpp" line="97"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <location filename="../ui/dealcompetitorsview.cpp" line="99"/>
        <source>Add a competitor to the deal</source>
        <translation>Der Verkaufschance einen Wettbewerber hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/dealcompetitorsview.cpp" line="100"/>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <location filename="../ui/dealcompetitorsview.cpp" line="102"/>
        <source>Edit the competitor</source>
        <translation>Den Wettbewerber bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/dealcompetitorsview.cpp" line="103"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/dealcompetitorsview.cpp" line="105"/>
        <source>Remove the competitor from the deal</source>
        <translation>Den Wettbewerber von der Verkaufschance entfernen</translation>
    </message>
    <message>
        <location filename="../ui/dealcompetitorsview.cpp" line="156"/>
        <source>Our strengths: %1</source>
        <translation>Unsere Stärken: %1</translation>
    </message>
    <message>
        <location filename="../ui/dealcompetitorsview.cpp" line="158"/>
        <source>Our weaknesses: %1</source>
        <translation>Unsere Schwächen: %1</translation>
    </message>
    <message>
        <location filename="../ui/dealcompetitorsview.cpp" line="172"/>
        <source>Closed on %1 by %2: %3</source>
        <translation>Abgeschlossen am %1 von %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/dealcompetitorsview.cpp" line="177"/>
        <source>Lost to %1.</source>
        <translation>Verloren an %1.</translation>
    </message>
    <message>
        <location filename="../ui/dealcompetitorsview.cpp" line="179"/>
        <source>Notes: %1</source>
        <translation>Notizen: %1</translation>
    </message>
    <message>
        <location filename="../ui/dealcompetitorsview.cpp" line="181"/>
        <source>Lesson (%1): %2</source>
        <translation>Erkenntnis (%1): %2</translation>
    </message>
    <message>
        <location filename="../ui/dealcompetitorsview.cpp" line="182"/>
        <source>Awaiting a manager&apos;s review on the Look-back tab.</source>
        <translation>Wartet auf die Auswertung eines Managers in der Registerkarte Rückblick.</translation>
    </message>
</context>
<context>
    <name>Stageboard::DebriefDialog</name>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="213"/>
        <source>Debrief: %1</source>
        <translation>Nachbesprechung: %1</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="217"/>
        <source>The plan</source>
        <translation>Der Plan</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="228"/>
        <source>What came of it, e.g. pilot agreed for March</source>
        <translation>Was dabei herauskam, z. B. Pilot für März vereinbart</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="229"/>
        <source>O&amp;utcome:</source>
        <translation>Er&amp;gebnis:</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="231"/>
        <source>What went &amp;well:</source>
        <translation>Was gut &amp;lief:</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="233"/>
        <source>What to &amp;improve:</source>
        <translation>Was &amp;besser werden soll:</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="235"/>
        <source>The planned questions that were not asked</source>
        <translation>Die geplanten Fragen, die nicht gestellt wurden</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="236"/>
        <source>&amp;Questions not asked:</source>
        <translation>Nicht gestellte &amp;Fragen:</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="238"/>
        <source>One a line; each stays on the deal until resolved</source>
        <translation>Eine pro Zeile; jede bleibt beim Deal, bis sie geklärt ist</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="239"/>
        <source>Objections left &amp;unresolved:</source>
        <translation>&amp;Ungeklärte Einwände:</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="242"/>
        <source>Nobody for now</source>
        <translation>Vorerst niemanden</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="244"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="245"/>
        <source>Ask for a &amp;review:</source>
        <translation>Um &amp;Prüfung bitten:</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="254"/>
        <source>Write at least one of what went well, what to improve, a question not asked or an objection left open.</source>
        <translation>Schreiben Sie mindestens eines davon: was gut lief, was besser werden soll, eine nicht gestellte Frage oder einen offenen Einwand.</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="263"/>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
</context>
<context>
    <name>Stageboard::DemoGenerator</name>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="55"/>
        <source>Platform licence</source>
        <translation>Plattformlizenz</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="56"/>
        <source>Analytics suite</source>
        <translation>Analyse-Suite</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="57"/>
        <source>Support renewal</source>
        <translation>Supportverlängerung</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="58"/>
        <source>Onboarding package</source>
        <translation>Onboarding-Paket</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="59"/>
        <source>Data migration</source>
        <translation>Datenmigration</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="60"/>
        <source>Enterprise rollout</source>
        <translation>Konzernweiter Rollout</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="61"/>
        <source>Pilot project</source>
        <translation>Pilotprojekt</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="62"/>
        <source>Seat expansion</source>
        <translation>Lizenzerweiterung</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="63"/>
        <source>Integration services</source>
        <translation>Integrationsleistungen</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="66"/>
        <source>Schedule discovery call</source>
        <translation>Erstgespräch ansetzen</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="67"/>
        <source>Send follow-up deck</source>
        <translation>Nachfass-Präsentation senden</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="68"/>
        <source>Confirm budget owner</source>
        <translation>Budgetverantwortlichen bestätigen</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="69"/>
        <source>Present pricing</source>
        <translation>Preise vorstellen</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="70"/>
        <source>Legal review of MSA</source>
        <translation>Rechtsprüfung des Rahmenvertrags</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="71"/>
        <source>Book implementation kick-off</source>
        <translation>Projektstart buchen</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="72"/>
        <source>Collect signatures</source>
        <translation>Unterschriften einholen</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="73"/>
        <source>Meet the economic buyer</source>
        <translation>Wirtschaftlichen Entscheider treffen</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="76"/>
        <source>Best fit for requirements</source>
        <translation>Beste Erfüllung der Anforderungen</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="77"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="78"/>
        <source>Existing relationship</source>
        <translation>Bestehende Beziehung</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="79"/>
        <source>Time to value</source>
        <translation>Schneller Nutzen</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="82"/>
        <location filename="../model/demo/demogenerator.cpp" line="439"/>
        <source>Lost to competitor</source>
        <translation>An Wettbewerber verloren</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="83"/>
        <source>No budget</source>
        <translation>Kein Budget</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="84"/>
        <source>No decision</source>
        <translation>Keine Entscheidung</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="85"/>
        <source>Chose to build in-house</source>
        <translation>Eigenentwicklung gewählt</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="95"/>
        <source>Large suite vendor; discounts hard at quarter end.</source>
        <translation>Großer Suite-Anbieter; gibt zum Quartalsende hohe Rabatte.</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="97"/>
        <source>Analytics specialist; strong with IT, weak on services.</source>
        <translation>Analytics-Spezialist; stark bei der IT, schwach bei Services.</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="99"/>
        <source>Low-cost newcomer; sells a self-service trial.</source>
        <translation>Günstiger Neuling; verkauft über eine Selbstbedienungs-Testversion.</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="102"/>
        <source>Incumbent at many manufacturers; long contracts, slow to change.</source>
        <translation>Platzhirsch bei vielen Herstellern; lange Verträge, träge.</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="106"/>
        <source>Faster rollout, references in the industry</source>
        <translation>Schnellere Einführung, Referenzen in der Branche</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="107"/>
        <source>Better integration with their ERP</source>
        <translation>Bessere Integration mit ihrem ERP</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="108"/>
        <source>Local support team</source>
        <translation>Support-Team vor Ort</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="111"/>
        <source>Higher licence price</source>
        <translation>Höherer Lizenzpreis</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="112"/>
        <source>No on-premise option</source>
        <translation>Keine On-Premise-Option</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="113"/>
        <source>Smaller partner network</source>
        <translation>Kleineres Partnernetz</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="117"/>
        <source>The early meeting with the economic buyer set the budget before pricing.</source>
        <translation>Das frühe Treffen mit dem wirtschaftlichen Entscheider legte das Budget vor dem Preis fest.</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="119"/>
        <source>A reference call with a customer in their industry closed the gap.</source>
        <translation>Ein Referenzgespräch mit einem Kunden ihrer Branche gab den Ausschlag.</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="121"/>
        <source>The pilot had success criteria agreed up front; the decision followed.</source>
        <translation>Für das Pilotprojekt waren Erfolgskriterien vorab vereinbart; die Entscheidung folgte.</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="125"/>
        <source>We never met the decision maker; qualify the buying group earlier.</source>
        <translation>Wir trafen nie den Entscheider; das Buying Center früher qualifizieren.</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="127"/>
        <source>Pricing came too late; share a budget range in the second meeting.</source>
        <translation>Der Preis kam zu spät; im zweiten Termin eine Budgetspanne nennen.</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="129"/>
        <source>The competitor ran a trial we did not answer; offer a pilot sooner.</source>
        <translation>Der Wettbewerber bot einen Test an, auf den wir nicht antworteten; früher ein Pilotprojekt anbieten.</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="131"/>
        <source>No compelling event: the deal should have been disqualified in Qualify.</source>
        <translation>Kein zwingender Anlass: Die Verkaufschance hätte in „Qualifiziert“ disqualifiziert werden sollen.</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="135"/>
        <source>Make &quot;Fits our ideal customer profile&quot; a deal killer in Identify.</source>
        <translation>„Passt zu unserem idealen Kundenprofil“ in Identifiziert zum Ausschlusskriterium machen.</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="137"/>
        <source>Ask for the budget range before pricing is presented in Propose.</source>
        <translation>In Angeboten nach der Budgetspanne fragen, bevor die Preise vorgestellt werden.</translation>
    </message>
    <message>
        <source>Make &quot;Decision maker identified&quot; required in Qualify.</source>
        <translation type="vanished">„Entscheider identifiziert“ in Qualifizieren zur Pflicht machen.</translation>
    </message>
    <message>
        <source>Add &quot;Budget range shared&quot; to the activities of Develop.</source>
        <translation type="vanished">„Budgetspanne genannt“ zu den Aktivitäten von Entwickeln hinzufügen.</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="142"/>
        <source>Chief Operating Officer</source>
        <translation>Geschäftsführer Betrieb</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="143"/>
        <source>Head of Operations</source>
        <translation>Leiter Betrieb</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="144"/>
        <source>IT Director</source>
        <translation>IT-Leiter</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="145"/>
        <source>Chief Financial Officer</source>
        <translation>Finanzvorstand</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="146"/>
        <source>Procurement Manager</source>
        <translation>Einkaufsleiter</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="147"/>
        <source>Sales Operations Lead</source>
        <translation>Leiter Vertriebssteuerung</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="156"/>
        <source>Follow-up call</source>
        <translation>Nachfassanruf</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="158"/>
        <source>Stage review meeting</source>
        <translation>Phasenbesprechung</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="159"/>
        <source>Product demo</source>
        <translation>Produktvorführung</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="160"/>
        <source>Send the proposal</source>
        <translation>Angebot senden</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="162"/>
        <source>Check in with the champion</source>
        <translation>Beim Fürsprecher nachhaken</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="164"/>
        <source>Pricing review meeting</source>
        <translation>Preisbesprechung</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="165"/>
        <source>Prepare the ROI case</source>
        <translation>ROI-Rechnung vorbereiten</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="254"/>
        <source>The process needs open, won and lost stages to generate demo data.</source>
        <translation>Der Prozess braucht offene, gewonnene und verlorene Phasen, um Demodaten zu erzeugen.</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="822"/>
        <source>Discovery call</source>
        <translation>Erstgespräch</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="831"/>
        <source>Needs confirmed; next step agreed.</source>
        <translation>Bedarf bestätigt; nächster Schritt vereinbart.</translation>
    </message>
    <message>
        <location filename="../model/demo/democalls.cpp" line="22"/>
        <source>Confirm the need and who decides</source>
        <translation>Bedarf bestätigen und klären, wer entscheidet</translation>
    </message>
    <message>
        <location filename="../model/demo/democalls.cpp" line="23"/>
        <source>Agree on the next step and its date</source>
        <translation>Den nächsten Schritt und sein Datum vereinbaren</translation>
    </message>
    <message>
        <location filename="../model/demo/democalls.cpp" line="24"/>
        <source>Learn what a good outcome is for them</source>
        <translation>Erfahren, was für sie ein gutes Ergebnis ist</translation>
    </message>
    <message>
        <location filename="../model/demo/democalls.cpp" line="27"/>
        <source>They described the problem in their own words.</source>
        <translation>Sie haben das Problem mit eigenen Worten beschrieben.</translation>
    </message>
    <message>
        <location filename="../model/demo/democalls.cpp" line="29"/>
        <source>The decision process is clear now.</source>
        <translation>Der Entscheidungsweg ist jetzt klar.</translation>
    </message>
    <message>
        <location filename="../model/demo/democalls.cpp" line="30"/>
        <source>Good rapport with the champion.</source>
        <translation>Guter Draht zum Fürsprecher.</translation>
    </message>
    <message>
        <location filename="../model/demo/democalls.cpp" line="31"/>
        <source>They shared the budget range.</source>
        <translation>Sie haben den Budgetrahmen genannt.</translation>
    </message>
    <message>
        <location filename="../model/demo/democalls.cpp" line="34"/>
        <source>Ask about the timeline earlier.</source>
        <translation>Früher nach dem Zeitplan fragen.</translation>
    </message>
    <message>
        <location filename="../model/demo/democalls.cpp" line="35"/>
        <source>Talk less, listen more.</source>
        <translation>Weniger reden, mehr zuhören.</translation>
    </message>
    <message>
        <location filename="../model/demo/democalls.cpp" line="36"/>
        <source>Confirm who else decides.</source>
        <translation>Klären, wer noch mitentscheidet.</translation>
    </message>
    <message>
        <location filename="../model/demo/democalls.cpp" line="37"/>
        <source>Send the agenda beforehand.</source>
        <translation>Die Tagesordnung vorab schicken.</translation>
    </message>
    <message>
        <location filename="../model/demo/democalls.cpp" line="40"/>
        <source>Who else is involved in the decision?</source>
        <translation>Wer ist noch an der Entscheidung beteiligt?</translation>
    </message>
    <message>
        <location filename="../model/demo/democalls.cpp" line="41"/>
        <source>What happens if they do nothing?</source>
        <translation>Was passiert, wenn sie nichts tun?</translation>
    </message>
    <message>
        <location filename="../model/demo/democalls.cpp" line="44"/>
        <source>Price is above their budget</source>
        <translation>Der Preis liegt über ihrem Budget</translation>
    </message>
    <message>
        <location filename="../model/demo/democalls.cpp" line="45"/>
        <source>They are happy with the current supplier</source>
        <translation>Sie sind mit dem jetzigen Lieferanten zufrieden</translation>
    </message>
    <message>
        <location filename="../model/demo/democalls.cpp" line="46"/>
        <source>IT must approve new software</source>
        <translation>Die IT muss neue Software genehmigen</translation>
    </message>
    <message>
        <location filename="../model/demo/democalls.cpp" line="47"/>
        <source>The timing is not right before year end</source>
        <translation>Vor Jahresende passt der Zeitpunkt nicht</translation>
    </message>
    <message>
        <location filename="../model/demo/democalls.cpp" line="50"/>
        <source>Good discovery; next time pin down the decision date.</source>
        <translation>Gute Bedarfsanalyse; nächstes Mal das Entscheidungsdatum festmachen.</translation>
    </message>
    <message>
        <location filename="../model/demo/democalls.cpp" line="52"/>
        <source>Ask the budget question in the first ten minutes.</source>
        <translation>Die Budgetfrage in den ersten zehn Minuten stellen.</translation>
    </message>
    <message>
        <location filename="../model/demo/democalls.cpp" line="54"/>
        <source>Well handled; get the next step in writing.</source>
        <translation>Gut gemacht; den nächsten Schritt schriftlich festhalten.</translation>
    </message>
</context>
<context>
    <name>Stageboard::EditConflict</name>
    <message>
        <location filename="../model/itemmodels/editconflict.cpp" line="125"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/editconflict.cpp" line="127"/>
        <source>Account</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/editconflict.cpp" line="129"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/editconflict.cpp" line="131"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/editconflict.cpp" line="133"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/editconflict.cpp" line="135"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/editconflict.cpp" line="137"/>
        <source>Close date</source>
        <translation>Abschlussdatum</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/editconflict.cpp" line="139"/>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/editconflict.cpp" line="141"/>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/editconflict.cpp" line="143"/>
        <source>Forecast category</source>
        <translation>Prognosekategorie</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/editconflict.cpp" line="167"/>
        <source>(none)</source>
        <translation>(keine)</translation>
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
        <translation>(die der Phase)</translation>
    </message>
</context>
<context>
    <name>Stageboard::EngagementKind</name>
    <message>
        <location filename="../model/core/types.cpp" line="129"/>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location filename="../model/core/types.cpp" line="131"/>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../model/core/types.cpp" line="133"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../model/core/types.cpp" line="135"/>
        <source>Email</source>
        <translation>E-Mail</translation>
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
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../model/core/types.cpp" line="45"/>
        <source>Omitted</source>
        <translation>Ausgelassen</translation>
    </message>
</context>
<context>
    <name>Stageboard::ForecastSettingsDialog</name>
    <message>
        <location filename="../ui/forecastsettingsdialog.cpp" line="42"/>
        <source>Quotas and Currencies</source>
        <translation>Quoten und Währungen</translation>
    </message>
    <message>
        <location filename="../ui/forecastsettingsdialog.cpp" line="55"/>
        <location filename="../ui/forecastsettingsdialog.cpp" line="66"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../ui/forecastsettingsdialog.cpp" line="56"/>
        <source>Monthly quotas of closed-won business for</source>
        <translation>Monatliche Quoten an gewonnenem Geschäft für</translation>
    </message>
    <message>
        <location filename="../ui/forecastsettingsdialog.cpp" line="61"/>
        <source>Quotas</source>
        <translation>Quoten</translation>
    </message>
    <message>
        <location filename="../ui/forecastsettingsdialog.cpp" line="79"/>
        <source>&amp;Quotas</source>
        <translation>&amp;Quoten</translation>
    </message>
    <message>
        <location filename="../ui/forecastsettingsdialog.cpp" line="89"/>
        <source>Report totals in</source>
        <translation>Summen angeben in</translation>
    </message>
    <message>
        <location filename="../ui/forecastsettingsdialog.cpp" line="92"/>
        <source>How much one unit of each currency is worth in the reporting currency. Deals in a currency without a rate are left out of the forecast.</source>
        <translation>Wie viel eine Einheit jeder Währung in der Berichtswährung wert ist. Deals in einer Währung ohne Kurs bleiben aus der Prognose.</translation>
    </message>
    <message>
        <location filename="../ui/forecastsettingsdialog.cpp" line="96"/>
        <source>Exchange rates</source>
        <translation>Wechselkurse</translation>
    </message>
    <message>
        <location filename="../ui/forecastsettingsdialog.cpp" line="97"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../ui/forecastsettingsdialog.cpp" line="97"/>
        <source>Rate</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <location filename="../ui/forecastsettingsdialog.cpp" line="103"/>
        <source>&amp;Currencies</source>
        <translation>&amp;Währungen</translation>
    </message>
    <message>
        <location filename="../ui/forecastsettingsdialog.cpp" line="117"/>
        <source>Only managers and admins change quotas and rates.</source>
        <translation>Nur Manager und Admins ändern Quoten und Kurse.</translation>
    </message>
    <message>
        <location filename="../ui/forecastsettingsdialog.cpp" line="212"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../ui/forecastsettingsdialog.cpp" line="229"/>
        <source>Quota of %1 for %2: %3</source>
        <translation>Quote von %1 für %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/forecastsettingsdialog.cpp" line="255"/>
        <source>The reporting currency must be a three-letter code such as USD or EUR.</source>
        <translation>Die Berichtswährung muss ein dreibuchstabiger Code wie USD oder EUR sein.</translation>
    </message>
    <message>
        <location filename="../ui/forecastsettingsdialog.cpp" line="274"/>
        <source>The rate of %1: &quot;%2&quot; is not a number above zero.</source>
        <translation>Der Kurs von %1: „%2“ ist keine Zahl über null.</translation>
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
        <translation>%1 T.</translation>
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
        <translation>Die Tabelle kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="168"/>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Stageboard::ForecastTables</name>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="261"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="262"/>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="279"/>
        <source>Closed won</source>
        <translation>Gewonnen</translation>
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
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="267"/>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="284"/>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="293"/>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="268"/>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="294"/>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="313"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="269"/>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="283"/>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="295"/>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="321"/>
        <source>Weighted</source>
        <translation>Gewichtet</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="270"/>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="282"/>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="322"/>
        <source>Commit forecast</source>
        <translation>Commit-Prognose</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="271"/>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="280"/>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="323"/>
        <source>Best-case forecast</source>
        <translation>Best-Case-Prognose</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="272"/>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="285"/>
        <source>Attainment</source>
        <translation>Zielerreichung</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="278"/>
        <source>Rep</source>
        <translation>Vertriebler</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="286"/>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="292"/>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="310"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="296"/>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="297"/>
        <source>To next stage</source>
        <translation>Zur nächsten Phase</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="298"/>
        <source>Average time</source>
        <translation>Durchschnittliche Dauer</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="299"/>
        <source>Configured probability</source>
        <translation>Eingestellte Wahrscheinlichkeit</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="300"/>
        <source>Observed probability</source>
        <translation>Beobachtete Wahrscheinlichkeit</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="301"/>
        <source>Closed deals seen</source>
        <translation>Gesehene abgeschlossene Deals</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="307"/>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="308"/>
        <source>Account</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="309"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="311"/>
        <source>Days in stage</source>
        <translation>Tage in der Phase</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="312"/>
        <source>Limit</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="319"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="320"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/forecastmodels.cpp" line="326"/>
        <source>Closed won to date</source>
        <translation>Bisher gewonnen</translation>
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
        <translation>Nur eine aktive Person kann „%1“ freigeben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is signed off by someone other than the deal&apos;s owner, and &quot;%2&quot; is %3&apos;s own deal.</source>
        <translation type="vanished">„%1“ gibt jemand anderes als der Zuständige des Deals frei, und „%2“ ist der eigene Deal von %3.</translation>
    </message>
    <message>
        <location filename="../model/services/gateengine.cpp" line="291"/>
        <source>&quot;%1&quot; must be signed off by someone other than the deal&apos;s owner, and &quot;%2&quot; is %3&apos;s own deal.</source>
        <translation>„%1“ muss jemand anderes als der Zuständige des Deals freigeben, und „%2“ ist der eigene Deal von %3.</translation>
    </message>
    <message>
        <location filename="../model/services/gateengine.cpp" line="298"/>
        <source>Only %1 (or a manager) can sign off &quot;%2&quot;; %3 is not a member of %1.</source>
        <translation>Nur %1 (oder ein Manager) kann „%2“ freigeben; %3 ist kein Mitglied von %1.</translation>
    </message>
    <message>
        <location filename="../model/services/gateengine.cpp" line="395"/>
        <source>There is no stage %1.</source>
        <translation>Es gibt keine Phase %1.</translation>
    </message>
    <message>
        <location filename="../model/services/gateengine.cpp" line="400"/>
        <source>&quot;%1&quot; belongs to the pipeline &quot;%2&quot;, and %3 is not one of its stages; a deal stays in its pipeline.</source>
        <translation>„%1“ gehört zur Pipeline „%2“, und %3 ist keine ihrer Phasen; ein Deal bleibt in seiner Pipeline.</translation>
    </message>
    <message>
        <location filename="../model/services/gateengine.cpp" line="412"/>
        <source>&quot;%1&quot; cannot move from %2 to %3: these required criteria are not met:
%4</source>
        <translation>„%1“ kann nicht von %2 nach %3 verschoben werden: Diese Pflichtkriterien sind nicht erfüllt:
%4</translation>
    </message>
    <message>
        <location filename="../model/services/gateengine.cpp" line="418"/>
        <source>Only a manager can move &quot;%1&quot; past unmet required criteria.</source>
        <translation>Nur ein Manager kann „%1“ an unerfüllten Pflichtkriterien vorbei verschieben.</translation>
    </message>
    <message>
        <location filename="../model/services/gateengine.cpp" line="425"/>
        <source>Moving &quot;%1&quot; to %2 needs a reason.</source>
        <translation>Um „%1“ nach %2 zu verschieben, braucht es einen Grund.</translation>
    </message>
    <message>
        <location filename="../model/services/gateengine.cpp" line="461"/>
        <source>Notes: longer than %1 characters.</source>
        <translation>Notizen: länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../model/services/gateengine.cpp" line="477"/>
        <source>Moved, but these advisory criteria are not met: %1</source>
        <translation>Verschoben, aber diese empfohlenen Kriterien sind nicht erfüllt: %1</translation>
    </message>
    <message>
        <location filename="../model/services/gateengine.cpp" line="482"/>
        <source>Deal killer answered &quot;no&quot;: %1. Consider disqualifying the deal.</source>
        <translation>Deal-Killer mit „Nein“ beantwortet: %1. Erwägen Sie, den Deal zu disqualifizieren.</translation>
    </message>
    <message>
        <location filename="../model/services/gateengine.cpp" line="485"/>
        <source>&quot;%1&quot; is open again: its close no longer awaits review (the Look-back tab keeps it under All closed deals).</source>
        <translation>„%1“ ist wieder offen: Ihr Abschluss wartet nicht mehr auf einen Rückblick (die Registerkarte Rückblick behält ihn unter „Alle abgeschlossenen Verkaufschancen“).</translation>
    </message>
    <message>
        <location filename="../model/services/gateengine.cpp" line="490"/>
        <source>&quot;%1&quot; never reached %2, so it is recorded as Disqualified, not Closed Lost; it does not count against the win rate.</source>
        <translation>„%1“ hat %2 nie erreicht und wird daher als Disqualifiziert statt Verloren festgehalten; es zählt nicht gegen die Gewinnquote.</translation>
    </message>
    <message>
        <location filename="../model/services/gateengine.cpp" line="515"/>
        <source>There is no exit criterion %1.</source>
        <translation>Es gibt kein Ausstiegskriterium %1.</translation>
    </message>
    <message>
        <location filename="../model/services/gateengine.cpp" line="532"/>
        <source>Rejecting the sign-off &quot;%1&quot; needs a comment saying why, for the rep to act on.</source>
        <translation>Wer die Freigabe „%1“ ablehnt, braucht einen Kommentar, warum, damit der Vertriebler handeln kann.</translation>
    </message>
    <message>
        <source>Only %1 (or a manager) can sign off &quot;%2&quot;.</source>
        <translation type="vanished">Nur %1 (oder ein Manager) kann „%2“ abzeichnen.</translation>
    </message>
    <message>
        <location filename="../model/services/gateengine.cpp" line="520"/>
        <source>&quot;%1&quot; checks itself from the deal; it cannot be answered by hand.</source>
        <translation>„%1“ prüft sich selbst am Deal; es lässt sich nicht von Hand beantworten.</translation>
    </message>
    <message>
        <location filename="../model/services/gateengine.cpp" line="523"/>
        <source>&quot;%1&quot; is asked only of deals of at least %2; &quot;%3&quot; does not need it.</source>
        <translation>„%1“ wird nur bei Deals ab %2 verlangt; „%3“ braucht es nicht.</translation>
    </message>
    <message>
        <location filename="../model/services/gateengine.cpp" line="529"/>
        <source>&quot;%1&quot; is not a knock-out question; it is either met or not yet.</source>
        <translation>„%1“ ist keine K.-o.-Frage; es ist entweder erfüllt oder noch nicht.</translation>
    </message>
</context>
<context>
    <name>Stageboard::GateRefusalDialog</name>
    <message>
        <location filename="../ui/movedialogs.cpp" line="28"/>
        <source>Move Refused</source>
        <translation>Verschieben abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/movedialogs.cpp" line="48"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/movedialogs.cpp" line="50"/>
        <source>✗ %1 — %2; add it in the opportunity panel.</source>
        <translation>✗ %1 – %2; im Deal-Bereich ergänzen.</translation>
    </message>
    <message>
        <location filename="../ui/movedialogs.cpp" line="63"/>
        <source>%1 — needs sign-off by %2</source>
        <translation>%1 — braucht die Freigabe durch %2</translation>
    </message>
    <message>
        <source>Only %1 (or a manager) can mark this met.</source>
        <translation type="vanished">Nur %1 (oder ein Manager) kann dies als erfüllt markieren.</translation>
    </message>
    <message>
        <location filename="../ui/movedialogs.cpp" line="76"/>
        <source>Tick what is met now; Move tries again once all are.</source>
        <translation>Haken Sie ab, was jetzt erfüllt ist; „Verschieben“ versucht es erneut, sobald alles erfüllt ist.</translation>
    </message>
    <message>
        <location filename="../ui/movedialogs.cpp" line="89"/>
        <source>O&amp;pen Opportunity</source>
        <translation>Verkaufschance ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../ui/movedialogs.cpp" line="96"/>
        <source>&amp;Move</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <location filename="../ui/movedialogs.cpp" line="108"/>
        <source>As a manager or admin you may move it anyway. Say why: the reason and the unmet criteria are kept in the stage history.</source>
        <translation>Als Manager oder Admin dürfen Sie sie trotzdem verschieben. Sagen Sie, warum: Der Grund und die unerfüllten Kriterien bleiben im Phasenverlauf erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/movedialogs.cpp" line="115"/>
        <source>Reason for the override</source>
        <translation>Grund für das Übergehen</translation>
    </message>
    <message>
        <location filename="../ui/movedialogs.cpp" line="116"/>
        <source>Reason for the override (required)</source>
        <translation>Grund für die Ausnahme (erforderlich)</translation>
    </message>
    <message>
        <location filename="../ui/movedialogs.cpp" line="119"/>
        <source>&amp;Override and Move</source>
        <translation>&amp;Ausnahme und verschieben</translation>
    </message>
    <message>
        <location filename="../ui/movedialogs.cpp" line="131"/>
        <source>A manager or admin can move it past these criteria, giving a reason.</source>
        <translation>Ein Manager oder Admin kann den Deal trotz dieser Kriterien verschieben und nennt dafür einen Grund.</translation>
    </message>
    <message>
        <location filename="../ui/movedialogs.cpp" line="175"/>
        <source>Every criterion above must be met first.</source>
        <translation>Zuerst muss jedes Kriterium oben erfüllt sein.</translation>
    </message>
</context>
<context>
    <name>Stageboard::GuidanceModel</name>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="90"/>
        <source>There is no item in row %1.</source>
        <translation>In Zeile %1 gibt es keinen Eintrag.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="103"/>
        <source>There is no such place in the list.</source>
        <translation>Diese Stelle gibt es in der Liste nicht.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="138"/>
        <source>Choose who signs the criterion off first.</source>
        <translation>Wählen Sie zuerst, wer das Kriterium freigibt.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="159"/>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="164"/>
        <source>re-opened by %1</source>
        <translation>wieder geöffnet durch %1</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="167"/>
        <source>not by the deal&apos;s owner</source>
        <translation>nicht durch den Zuständigen des Deals</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="181"/>
        <source>%1 done</source>
        <translation>%1 erledigt</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="182"/>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="260"/>
        <source>By hand</source>
        <translation>Von Hand</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="201"/>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="372"/>
        <source>Required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="201"/>
        <source>Advisory</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="206"/>
        <source>Anyone</source>
        <translation>Jeder</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="209"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="214"/>
        <source>Signed off by %1 on every deal.</source>
        <translation>Freigegeben durch %1, bei jedem Deal.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="215"/>
        <source>Signed off by %1: %2.</source>
        <translation>Freigegeben durch %1: %2.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="222"/>
        <source>Every deal</source>
        <translation>Jeder Deal</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="239"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="247"/>
        <source>Not the owner</source>
        <translation>Nicht der Zuständige</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="253"/>
        <source>Deal killer</source>
        <translation>Deal-Killer</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="370"/>
        <source>Recommended activity</source>
        <translation>Empfohlene Aktivität</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="370"/>
        <source>Exit criterion</source>
        <translation>Ausstiegskriterium</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="372"/>
        <source>Ticked</source>
        <translation>Abgehakt</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="374"/>
        <source>Signed off by</source>
        <translation>Freigabe durch</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="376"/>
        <source>Knock-out</source>
        <translation>K.-o.-Frage</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="378"/>
        <source>Met by</source>
        <translation>Erfüllt durch</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="380"/>
        <source>Sign-off from</source>
        <translation>Freigabe ab</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="382"/>
        <source>Re-opened by</source>
        <translation>Wieder geöffnet durch</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/guidancemodel.cpp" line="384"/>
        <source>Owner excluded</source>
        <translation>Zuständiger ausgeschlossen</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="vanished">Geprüft</translation>
    </message>
</context>
<context>
    <name>Stageboard::ImportDialog</name>
    <message>
        <location filename="../ui/importdialog.cpp" line="49"/>
        <source>Import Opportunities from %1</source>
        <translation>Verkaufschancen aus %1 importieren</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="54"/>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="54"/>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="54"/>
        <source>Import as</source>
        <translation>Importieren als</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="62"/>
        <source>Stage in the file</source>
        <translation>Phase in der Datei</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="62"/>
        <source>Stage here</source>
        <translation>Phase hier</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="73"/>
        <source>Check the file to see any rows that cannot be imported.</source>
        <translation>Prüfen Sie die Datei, um Zeilen zu sehen, die nicht importiert werden können.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="76"/>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="77"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="84"/>
        <source>How the file&apos;s columns become opportunities:</source>
        <translation>Wie die Spalten der Datei zu Verkaufschancen werden:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="86"/>
        <source>How its stages map onto this process:</source>
        <translation>Wie ihre Phasen diesem Prozess zugeordnet werden:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="101"/>
        <location filename="../ui/importdialog.cpp" line="209"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="106"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="107"/>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="124"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="183"/>
        <source>(choose a stage)</source>
        <translation>(Phase wählen)</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="210"/>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="210"/>
        <source>Importing…</source>
        <translation>Wird importiert …</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="210"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="230"/>
        <source>Changed: %1</source>
        <translation>Geändert: %1</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="232"/>
        <source>New accounts: %1</source>
        <translation>Neue Firmen: %1</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="235"/>
        <source>New owners: %1</source>
        <translation>Neue Verantwortliche: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importdialog.cpp" line="237"/>
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%n Zeile gelesen.</numerusform>
            <numerusform>%n Zeilen gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="239"/>
        <source>Every row can be imported.</source>
        <translation>Jede Zeile kann importiert werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importdialog.cpp" line="240"/>
        <source>%n row(s) cannot be imported as they are.</source>
        <translation>
            <numerusform>%n Zeile kann so nicht importiert werden.</numerusform>
            <numerusform>%n Zeilen können so nicht importiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="244"/>
        <source>Choose the stage &quot;%1&quot; means in the highlighted row above.</source>
        <translation>Wählen Sie in der markierten Zeile oben, welche Phase „%1“ meint.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="293"/>
        <source>No row can be imported as it is; see the list.</source>
        <translation>Keine Zeile kann so importiert werden; siehe die Liste.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importdialog.cpp" line="298"/>
        <source>%n row(s) cannot be imported (see the list).</source>
        <translation>
            <numerusform>%n Zeile kann nicht importiert werden (siehe Liste).</numerusform>
            <numerusform>%n Zeilen können nicht importiert werden (siehe Liste).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importdialog.cpp" line="300"/>
        <source>Import the other %n row(s) and skip them?</source>
        <translation>
            <numerusform>Die übrige %n Zeile importieren und die fehlerhaften überspringen?</numerusform>
            <numerusform>Die übrigen %n Zeilen importieren und die fehlerhaften überspringen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="316"/>
        <source>The file names accounts and owners this database does not have yet: %1 and %2. Create them?</source>
        <translation>Die Datei nennt Firmen und Verantwortliche, die diese Datenbank noch nicht hat: %1 und %2. Anlegen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importdialog.cpp" line="310"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n Firma</numerusform>
            <numerusform>%n Firmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importdialog.cpp" line="312"/>
        <source>%n owner(s)</source>
        <translation>
            <numerusform>%n Verantwortlicher</numerusform>
            <numerusform>%n Verantwortliche</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="277"/>
        <source>The file cannot be imported.</source>
        <translation>Die Datei kann nicht importiert werden.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="292"/>
        <location filename="../ui/importdialog.cpp" line="297"/>
        <location filename="../ui/importdialog.cpp" line="314"/>
        <location filename="../ui/importdialog.cpp" line="327"/>
        <location filename="../ui/importdialog.cpp" line="338"/>
        <location filename="../ui/importdialog.cpp" line="339"/>
        <source>Import Opportunities</source>
        <translation>Verkaufschancen importieren</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="319"/>
        <source>The file names %1 this database does not have yet. Create them?</source>
        <translation>Die Datei nennt %1, die diese Datenbank noch nicht hat. Anlegen?</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="328"/>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="332"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde importiert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importdialog.cpp" line="340"/>
        <source>Imported %n opportunity(ies).</source>
        <translation>
            <numerusform>%n Verkaufschance importiert.</numerusform>
            <numerusform>%n Verkaufschancen importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stageboard::Influence</name>
    <message>
        <location filename="../model/core/types.cpp" line="152"/>
        <source>Low</source>
        <translation>Gering</translation>
    </message>
    <message>
        <location filename="../model/core/types.cpp" line="153"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../model/core/types.cpp" line="154"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
</context>
<context>
    <name>Stageboard::KeychainPasswordStore</name>
    <message>
        <location filename="../ui/passwordstore.cpp" line="81"/>
        <source>There is no keyring on this desktop to keep the password in; Stageboard will ask for it each time.</source>
        <translation>Diese Arbeitsumgebung hat keinen Schlüsselbund für das Passwort; Stageboard fragt jedes Mal danach.</translation>
    </message>
    <message>
        <location filename="../ui/passwordstore.cpp" line="90"/>
        <source>The keyring did not answer; the password was not kept.</source>
        <translation>Der Schlüsselbund hat nicht geantwortet; das Passwort wurde nicht gemerkt.</translation>
    </message>
    <message>
        <location filename="../ui/passwordstore.cpp" line="92"/>
        <source>The keyring did not keep the password: %1</source>
        <translation>Der Schlüsselbund hat das Passwort nicht gemerkt: %1</translation>
    </message>
</context>
<context>
    <name>Stageboard::LegendDialog</name>
    <message>
        <location filename="../ui/legenddialog.cpp" line="30"/>
        <source>Onboarding package for the northern plants</source>
        <translation>Onboarding-Paket für die Werke im Norden</translation>
    </message>
    <message>
        <location filename="../ui/legenddialog.cpp" line="42"/>
        <source>Customer&apos;s board approved the budget</source>
        <translation>Der Vorstand des Kunden hat das Budget freigegeben</translation>
    </message>
    <message>
        <location filename="../ui/legenddialog.cpp" line="63"/>
        <source>Card Legend</source>
        <translation>Kartenlegende</translation>
    </message>
    <message>
        <location filename="../ui/legenddialog.cpp" line="70"/>
        <source>&lt;b&gt;Title&lt;/b&gt; on up to two lines, then the account and the owner.</source>
        <translation>&lt;b&gt;Titel&lt;/b&gt; auf bis zu zwei Zeilen, dann die Firma und der Verantwortliche.</translation>
    </message>
    <message>
        <location filename="../ui/legenddialog.cpp" line="71"/>
        <source>&lt;b&gt;✓ 4/6&lt;/b&gt;: recommended activities of the stage done, of all.</source>
        <translation>&lt;b&gt;✓ 4/6&lt;/b&gt;: erledigte empfohlene Aktivitäten der Phase, von allen.</translation>
    </message>
    <message>
        <location filename="../ui/legenddialog.cpp" line="72"/>
        <source>&lt;b&gt;Amount&lt;/b&gt; and &lt;b&gt;close date&lt;/b&gt;; the date is &lt;span style=&quot;color:%1&quot;&gt;orange&lt;/span&gt; once it has passed.</source>
        <translation>&lt;b&gt;Betrag&lt;/b&gt; und &lt;b&gt;Abschlussdatum&lt;/b&gt;; das Datum ist &lt;span style=&quot;color:%1&quot;&gt;orange&lt;/span&gt;, sobald es vorbei ist.</translation>
    </message>
    <message>
        <location filename="../ui/legenddialog.cpp" line="75"/>
        <source>&lt;b&gt;41 d&lt;/b&gt;: days in the stage; &lt;span style=&quot;color:%1&quot;&gt;orange, with an orange edge&lt;/span&gt;, when the deal stalled, longer in the stage than its limit.</source>
        <translation>&lt;b&gt;41 T.&lt;/b&gt;: Tage in der Phase; &lt;span style=&quot;color:%1&quot;&gt;orange, mit orangem Rand&lt;/span&gt;, wenn der Deal stockt, länger in der Phase als ihre Grenze.</translation>
    </message>
    <message>
        <location filename="../ui/legenddialog.cpp" line="78"/>
        <source>&lt;span style=&quot;color:%1&quot;&gt;●&lt;/span&gt; Red dot: a required exit criterion is not met; the deal cannot move on until it is (a manager may override).</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;●&lt;/span&gt; Roter Punkt: Ein Pflichtkriterium ist nicht erfüllt; der Deal kann erst weiter, wenn es erfüllt ist (ein Manager darf es übergehen).</translation>
    </message>
    <message>
        <location filename="../ui/legenddialog.cpp" line="81"/>
        <source>&lt;span style=&quot;color:%1&quot;&gt;●&lt;/span&gt; Next activity: red overdue, &lt;span style=&quot;color:%2&quot;&gt;green&lt;/span&gt; due today, grey planned later; an &lt;span style=&quot;color:%3&quot;&gt;orange ring&lt;/span&gt; when none is planned.</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;●&lt;/span&gt; Nächste Aktivität: rot überfällig, &lt;span style=&quot;color:%2&quot;&gt;grün&lt;/span&gt; heute fällig, grau später geplant; ein &lt;span style=&quot;color:%3&quot;&gt;oranger Ring&lt;/span&gt;, wenn keine geplant ist.</translation>
    </message>
    <message>
        <location filename="../ui/legenddialog.cpp" line="85"/>
        <source>&lt;b&gt;⚑&lt;/b&gt; Flag: a manager or admin moved the deal into this stage by an override, past unmet required criteria; its tool tip gives the reason.</source>
        <translation>&lt;b&gt;⚑&lt;/b&gt; Fähnchen: Ein Manager oder Admin hat den Deal per Ausnahme in diese Phase verschoben, obwohl Pflichtkriterien offen waren; der Tooltip nennt die Begründung.</translation>
    </message>
    <message>
        <location filename="../ui/legenddialog.cpp" line="87"/>
        <source>Closed deals show why they closed instead of the days; a deal lost before it was qualified says &lt;b&gt;Disqualified&lt;/b&gt;.</source>
        <translation>Abgeschlossene Deals zeigen statt der Tage, warum sie abgeschlossen wurden; ein vor der Qualifizierung verlorener Deal zeigt &lt;b&gt;Disqualifiziert&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/legenddialog.cpp" line="89"/>
        <source>Text matching the filter is highlighted. Point at a marker for its tool tip.</source>
        <translation>Zum Filter passender Text ist hervorgehoben. Zeigen Sie auf eine Markierung für ihre Erklärung.</translation>
    </message>
</context>
<context>
    <name>Stageboard::LookBackService</name>
    <message>
        <location filename="../model/services/lookback.cpp" line="71"/>
        <source>Only a manager or an admin removes a competitor from the list.</source>
        <translation>Nur ein Manager oder Administrator entfernt einen Wettbewerber aus der Liste.</translation>
    </message>
    <message>
        <location filename="../model/services/lookback.cpp" line="108"/>
        <source>Only a manager or an admin reviews a closed deal; %1 is not one.</source>
        <translation>Nur ein Manager oder Administrator wertet eine abgeschlossene Verkaufschance aus; %1 ist keiner.</translation>
    </message>
    <message>
        <location filename="../model/services/lookback.cpp" line="109"/>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <location filename="../model/services/lookback.cpp" line="126"/>
        <source>Deal %1 was never closed in Stageboard, so there is nothing to review.</source>
        <translation>Die Verkaufschance %1 wurde nie in Stageboard abgeschlossen; es gibt nichts zu bewerten.</translation>
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
        <translation>Board und Prognose</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="118"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="134"/>
        <source>&amp;Clear Filter</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="143"/>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="144"/>
        <source>Win/Loss</source>
        <translation>Gewonnen/Verloren</translation>
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
        <translation>Firmen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="179"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="189"/>
        <source>Coming due: %1</source>
        <translation>Bald fällig: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="225"/>
        <source>Opportunity</source>
        <translation>Verkaufschance</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="344"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="346"/>
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="349"/>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="351"/>
        <source>&amp;Connect to Shared Database…</source>
        <translation>Mit gemeinsamer Datenbank &amp;verbinden …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="363"/>
        <source>&amp;Import Opportunities…</source>
        <translation>Verkaufschancen &amp;importieren …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="367"/>
        <source>&amp;Export Opportunities…</source>
        <translation>Verkaufschancen &amp;exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="371"/>
        <source>Export Stage &amp;History…</source>
        <translation>Phasenverlauf e&amp;xportieren …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="375"/>
        <source>Export &amp;Forecast…</source>
        <translation>&amp;Prognose exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="383"/>
        <source>Export &amp;Stakeholders…</source>
        <translation>Beteili&amp;gte exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="387"/>
        <source>Export &amp;Activities…</source>
        <translation>A&amp;ktivitäten exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="392"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="395"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="396"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="398"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="404"/>
        <source>&amp;New Opportunity…</source>
        <translation>&amp;Neue Verkaufschance …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="407"/>
        <source>&amp;Edit Opportunity…</source>
        <translation>Verkaufschance &amp;bearbeiten …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="412"/>
        <source>&amp;Delete Opportunity</source>
        <translation>Verkaufschance &amp;löschen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="418"/>
        <source>Move to Ne&amp;xt Stage</source>
        <translation>In die nä&amp;chste Phase</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="421"/>
        <source>Move to Pre&amp;vious Stage</source>
        <translation>In die v&amp;orige Phase</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="424"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="430"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="432"/>
        <source>&amp;Opportunity Panel</source>
        <translation>&amp;Verkaufschancen-Leiste</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="437"/>
        <source>&amp;Board</source>
        <translation>&amp;Board</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="439"/>
        <source>&amp;Forecast</source>
        <translation>&amp;Prognose</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="442"/>
        <source>&amp;Win/Loss</source>
        <translation>&amp;Gewonnen/Verloren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="446"/>
        <location filename="../ui/mainwindow.cpp" line="1379"/>
        <source>&amp;Sort Cards By</source>
        <translation>Karten sor&amp;tieren nach</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="465"/>
        <source>&amp;Compact Cards</source>
        <translation>&amp;Kompakte Karten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="474"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="476"/>
        <source>Zoom &amp;Out</source>
        <translation>Verklei&amp;nern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="478"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="482"/>
        <source>Card &amp;Legend…</source>
        <translation>Karten&amp;legende…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="489"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="499"/>
        <source>The System&apos;s Language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="510"/>
        <source>The new language is used from the next start of Stageboard.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Stageboard.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="514"/>
        <source>F&amp;orecast</source>
        <translation>P&amp;rognose</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="515"/>
        <source>&amp;Quotas and Currencies…</source>
        <translation>&amp;Quoten und Währungen …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="516"/>
        <source>Take &amp;Snapshot</source>
        <translation>&amp;Momentaufnahme festhalten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="520"/>
        <source>Today&apos;s forecast was recorded.</source>
        <translation>Die heutige Prognose wurde festgehalten.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="523"/>
        <source>Export Dashboard as &amp;PDF…</source>
        <translation>Dashboard als &amp;PDF exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="527"/>
        <source>Export &amp;Win/Loss as PDF…</source>
        <translation>&amp;Gewonnen/Verloren als PDF exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="531"/>
        <source>&amp;Print Dashboard…</source>
        <translation>Dashboard &amp;drucken …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="537"/>
        <source>&amp;Process</source>
        <translation>Pro&amp;zess</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="538"/>
        <source>Edit Sales &amp;Process…</source>
        <translation>Vertriebs&amp;prozess bearbeiten …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="540"/>
        <source>&amp;Users and Roles…</source>
        <translation>&amp;Benutzer und Rollen …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="542"/>
        <source>&amp;Team Roles…</source>
        <translation>&amp;Teamrollen …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="544"/>
        <source>Te&amp;rritories…</source>
        <translation>&amp;Gebiete …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="546"/>
        <source>&amp;Buying Roles…</source>
        <translation>&amp;Einkaufsrollen …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="555"/>
        <source>&amp;Competitors…</source>
        <translation>&amp;Wettbewerber …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="562"/>
        <source>Stage &amp;Guide…</source>
        <translation>Phasen&amp;leitfaden …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="568"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="569"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="571"/>
        <source>&amp;Stage Guide…</source>
        <translation>&amp;Phasenleitfaden…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="573"/>
        <source>&amp;Welcome Tour</source>
        <translation>&amp;Willkommenstour</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="576"/>
        <source>&amp;About Stageboard</source>
        <translation>Ü&amp;ber Stageboard</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="577"/>
        <source>About Stageboard</source>
        <translation>Über Stageboard</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="578"/>
        <source>&lt;h3&gt;Stageboard %1&lt;/h3&gt;&lt;p&gt;Your sales process as a board: stages with guidance, gates and a full ledger of every move.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Stageboard %1&lt;/h3&gt;&lt;p&gt;Ihr Vertriebsprozess als Board: Phasen mit Leitfaden, Gates und einem vollständigen Protokoll jeder Bewegung.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="629"/>
        <source>&amp;My Deals</source>
        <translation>&amp;Meine Deals</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="633"/>
        <source>Only the deals of the person acting (%1)</source>
        <translation>Nur die Deals der handelnden Person (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="642"/>
        <source>Nothing Planned</source>
        <translation>Nichts geplant</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="645"/>
        <source>Only the open deals with no activity planned (the cards with an orange ring): each needs its next step</source>
        <translation>Nur die offenen Deals ohne geplante Aktivität (die Karten mit orangem Ring): Jeder braucht seinen nächsten Schritt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="897"/>
        <source>The board</source>
        <translation>Das Board</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="898"/>
        <source>Each column is a stage of the sales process, with its totals. Drag a card to another column to move the deal: the stage&apos;s gate checks its exit criteria first. Right-click a card or a column header for more.</source>
        <translation>Jede Spalte ist eine Phase des Vertriebsprozesses, mit ihren Summen. Ziehen Sie eine Karte in eine andere Spalte, um den Deal zu verschieben: Das Gate der Phase prüft zuerst ihre Ausstiegskriterien. Ein Rechtsklick auf eine Karte oder einen Spaltenkopf bietet mehr.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="902"/>
        <source>The opportunity panel</source>
        <translation>Die Verkaufschancen-Leiste</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1004"/>
        <source>Define your company&apos;s own roles (Legal, Plant manager, …) and who holds them</source>
        <translation>Die eigenen Rollen Ihrer Firma festlegen (Legal, Werksleitung, …) und wer sie innehat</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1005"/>
        <source>Only an admin can change the team roles: act as an admin (toolbar, Acting as).</source>
        <translation>Nur ein Admin kann die Teamrollen ändern: Arbeiten Sie als Admin (Werkzeugleiste, Arbeiten als).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1007"/>
        <source>Arrange the territories, their owners and rules, and the tiers&apos; contact intervals</source>
        <translation>Die Gebiete ordnen, mit Zuständigen und Regeln, und die Kontaktabstände der Stufen festlegen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1008"/>
        <source>Only an admin can change the territories: act as an admin (toolbar, Acting as).</source>
        <translation>Nur ein Admin kann die Gebiete ändern: Arbeiten Sie als Admin (Werkzeugleiste, Arbeiten als).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1010"/>
        <source>Add, rename or remove the roles a stakeholder can have (Champion, …)</source>
        <translation>Die Rollen hinzufügen, umbenennen oder entfernen, die Beteiligte haben können (Fürsprecher, …)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1011"/>
        <source>Only an admin can change the buying roles: act as an admin (toolbar, Acting as).</source>
        <translation>Nur ein Admin kann die Einkaufsrollen ändern: Arbeiten Sie als Admin (Werkzeugleiste, „Arbeiten als“).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1208"/>
        <source>%Ln opportunity(ies) · %1</source>
        <translation>
            <numerusform>%Ln Verkaufschance · %1</numerusform>
            <numerusform>%Ln Verkaufschancen · %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1209"/>
        <source>%1 of %Ln opportunity(ies) shown · %2</source>
        <translation>
            <numerusform>%1 von %Ln Verkaufschance angezeigt · %2</numerusform>
            <numerusform>%1 von %Ln Verkaufschancen angezeigt · %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="913"/>
        <source>The forecast</source>
        <translation>Die Prognose</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="914"/>
        <source>The Forecast tab charts what will close, by period, stage and rep, against quota, with the win rates observed from closed deals.</source>
        <translation>Der Reiter Prognose zeigt in Diagrammen, was abgeschlossen wird: nach Zeitraum, Phase und Vertriebler, gegen die Quote, mit den aus abgeschlossenen Deals beobachteten Gewinnquoten.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="917"/>
        <source>Welcome to Stageboard</source>
        <translation>Willkommen bei Stageboard</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="918"/>
        <source>This is a demo pipeline of made-up deals: try anything, Edit ▸ Undo takes it back. File ▸ New Database starts your own. Help ▸ Welcome Tour shows this again.</source>
        <translation>Dies ist eine Demo-Pipeline mit erfundenen Deals: Probieren Sie alles aus, Bearbeiten ▸ Rückgängig nimmt es zurück. Datei ▸ Neue Datenbank beginnt Ihre eigene. Hilfe ▸ Willkommenstour zeigt dies erneut.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1000"/>
        <source>Only an admin can change the sales process: act as an admin (toolbar, Acting as).</source>
        <translation>Nur ein Admin kann den Vertriebsprozess ändern: Arbeiten Sie als Admin (Werkzeugleiste, „Arbeiten als“).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1001"/>
        <source>Add people, change their roles, deactivate those who left</source>
        <translation>Personen hinzufügen, ihre Rollen ändern, Ausgeschiedene deaktivieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1002"/>
        <source>Only an admin can change users and roles: act as an admin (toolbar, Acting as).</source>
        <translation>Nur ein Admin kann Benutzer und Rollen ändern: Arbeiten Sie als Admin (Werkzeugleiste, „Arbeiten als“).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <location filename="../ui/mainwindow.cpp" line="583"/>
        <location filename="../ui/mainwindow.cpp" line="1300"/>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="590"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="591"/>
        <source>The pipeline the board shows; each has its own stages.</source>
        <translation>Die Pipeline, die das Board zeigt; jede hat ihre eigenen Phasen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="602"/>
        <source>Filter by title, account, contact or next step</source>
        <translation>Nach Titel, Firma, Kontakt oder nächstem Schritt filtern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="608"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="613"/>
        <source>Owner filter</source>
        <translation>Filter nach Verantwortlichen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="651"/>
        <source>Acting as </source>
        <translation>Arbeiten als </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="654"/>
        <source>Acting as</source>
        <translation>Arbeiten als</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="712"/>
        <source>No shared database was chosen.</source>
        <translation>Es wurde keine gemeinsame Datenbank gewählt.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="767"/>
        <source>The database was upgraded; the previous version was saved as %1.</source>
        <translation>Die Datenbank wurde aktualisiert; die vorige Version wurde als %1 gesichert.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="756"/>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="798"/>
        <source>The sales process was changed by an admin.</source>
        <translation>Ein Admin hat den Vertriebsprozess geändert.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="870"/>
        <source>%1 on %2 — Stageboard</source>
        <translation>%1 auf %2 — Stageboard</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="871"/>
        <source>%1 — Stageboard</source>
        <translation>%1 — Stageboard</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="974"/>
        <source>Select a card to move first.</source>
        <translation>Wählen Sie zuerst eine Karte zum Verschieben.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="980"/>
        <source>&quot;%1&quot; is closed; move it back to reopen it.</source>
        <translation>„%1“ ist abgeschlossen; verschieben Sie sie zurück, um sie wieder zu öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="981"/>
        <source>&quot;%1&quot; is in the first stage.</source>
        <translation>„%1“ ist in der ersten Phase.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="999"/>
        <source>Edit the stages, checklists and gates of the process</source>
        <translation>Die Phasen, Checklisten und Gates des Prozesses bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="621"/>
        <location filename="../ui/mainwindow.cpp" line="1105"/>
        <source>All owners</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1121"/>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
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
        <translation>Doppelklicken Sie auf eine Karte oder wählen Sie sie aus und drücken Sie die Eingabetaste: Rechts öffnet sich ihre Leiste mit dem Leitfaden der Phase, den abzuhakenden Aktivitäten, den Ausstiegskriterien und dem Verlauf des Deals. Strg+I blendet sie ein oder aus.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1120"/>
        <source>no. %1</source>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1151"/>
        <source>You signed in to the server as this person; the server lets you act only as yourself.</source>
        <translation>Sie haben sich als diese Person am Server angemeldet; der Server lässt Sie nur als Sie selbst handeln.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1153"/>
        <source>Who moves, edits and signs off: the gates and sign-offs follow this person&apos;s role.</source>
        <translation>Wer verschiebt, bearbeitet und abzeichnet: Gates und Abzeichnungen richten sich nach der Rolle dieser Person.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1180"/>
        <source>No opportunities in this pipeline yet</source>
        <translation>Noch keine Verkaufschancen in dieser Pipeline</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1181"/>
        <source>Add the first one, or import them from Salesforce, HubSpot or Pipedrive. An admin can first shape the stages and add the team.</source>
        <translation>Legen Sie die erste an oder importieren Sie sie aus Salesforce, HubSpot oder Pipedrive. Ein Admin kann vorher die Phasen gestalten und das Team anlegen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1187"/>
        <source>No opportunity of %1 in this pipeline</source>
        <translation>Keine Verkaufschance von %1 in dieser Pipeline</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1188"/>
        <source>No opportunity matches &quot;%1&quot;</source>
        <translation>Keine Verkaufschance passt zu „%1“</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1190"/>
        <source>Only %1&apos;s opportunities are searched.</source>
        <translation>Nur die Verkaufschancen von %1 werden durchsucht.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1191"/>
        <source>The filter looks in titles, accounts, contacts and next steps.</source>
        <translation>Der Filter sucht in Titeln, Firmen, Kontakten und nächsten Schritten.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1228"/>
        <source>Not connected to %1: the server does not answer. Nothing can be changed until it is back; everything saved is kept. Trying again every few seconds…</source>
        <translation>Nicht mit %1 verbunden: Der Server antwortet nicht. Nichts kann geändert werden, bis er zurück ist; alles Gespeicherte bleibt erhalten. Neuer Versuch alle paar Sekunden …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1253"/>
        <source>Connected again to %1; the board shows every change made meanwhile.</source>
        <translation>Wieder mit %1 verbunden; das Board zeigt jede Änderung, die inzwischen gemacht wurde.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1262"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1266"/>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1266"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1266"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1295"/>
        <source>Next or previous column</source>
        <translation>Nächste oder vorige Spalte</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1295"/>
        <source>Left, Right</source>
        <translation>Links, Rechts</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1296"/>
        <source>Open the selected card</source>
        <translation>Die gewählte Karte öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1296"/>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1335"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1336"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1338"/>
        <source>&amp;Move To</source>
        <translation>&amp;Verschieben nach</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1346"/>
        <source>Mark &amp;Won…</source>
        <translation>Als &amp;gewonnen markieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1353"/>
        <source>Mark &amp;Lost…</source>
        <translation>Als verlo&amp;ren markieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1359"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1373"/>
        <source>&amp;New Opportunity Here…</source>
        <translation>&amp;Neue Verkaufschance hier…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1376"/>
        <source>E&amp;xpand</source>
        <translation>&amp;Aufklappen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1376"/>
        <source>&amp;Collapse</source>
        <translation>&amp;Einklappen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1431"/>
        <source>Edit &quot;%1&quot;</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1444"/>
        <source>&quot;%1&quot; was deleted elsewhere while you edited it; your edit was not saved.</source>
        <translation>„%1“ wurde anderswo gelöscht, während Sie es bearbeitet haben; Ihre Bearbeitung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1455"/>
        <source>Your edit of &quot;%1&quot; was discarded; the board shows it as saved elsewhere.</source>
        <translation>Ihre Bearbeitung von „%1“ wurde verworfen; das Board zeigt es so, wie es anderswo gespeichert wurde.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1472"/>
        <source>Delete Opportunity</source>
        <translation>Verkaufschance löschen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1473"/>
        <source>Delete &quot;%1&quot;? Its stage history is kept, and Undo (%2) brings it back.</source>
        <translation>„%1“ löschen? Der Phasenverlauf bleibt erhalten, und Rückgängig (%2) holt sie zurück.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1487"/>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1488"/>
        <source>Stageboard databases (%1);;All files (*)</source>
        <translation>Stageboard-Datenbanken (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1498"/>
        <location filename="../ui/mainwindow.cpp" line="1506"/>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1499"/>
        <source>Stageboard databases (%1)</source>
        <translation>Stageboard-Datenbanken (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1503"/>
        <source>%1 already exists. Choose a new file name, or open it instead.</source>
        <translation>%1 gibt es schon. Wählen Sie einen neuen Dateinamen oder öffnen Sie sie stattdessen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1507"/>
        <source>Fill the new database with demo opportunities?</source>
        <translation>Die neue Datenbank mit Demo-Verkaufschancen füllen?</translation>
    </message>
</context>
<context>
    <name>Stageboard::MoveResolver</name>
    <message>
        <location filename="../ui/moveresolver.cpp" line="26"/>
        <source>&quot;%1&quot; — %2</source>
        <translation>„%1“ — %2</translation>
    </message>
    <message>
        <location filename="../ui/moveresolver.cpp" line="70"/>
        <source>It never reached %1, so it will be recorded as Disqualified, not Closed Lost, and will not count against the win rate.</source>
        <translation>Sie hat %1 nie erreicht, wird daher als Disqualifiziert statt Verloren festgehalten und zählt nicht gegen die Gewinnquote.</translation>
    </message>
    <message>
        <location filename="../ui/moveresolver.cpp" line="102"/>
        <location filename="../ui/moveresolver.cpp" line="109"/>
        <source>Move Refused</source>
        <translation>Verschieben abgelehnt</translation>
    </message>
</context>
<context>
    <name>Stageboard::OpportunityDialog</name>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="33"/>
        <source>Edit Opportunity</source>
        <translation>Verkaufschance bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="33"/>
        <source>New Opportunity</source>
        <translation>Neue Verkaufschance</translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="52"/>
        <source>Existing or new account</source>
        <translation>Bestehende oder neue Firma</translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="67"/>
        <source>As the board shows it or plain: %1, %2 or %3</source>
        <translation>Wie auf dem Board oder schlicht: %1, %2 oder %3</translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="88"/>
        <source>Pick…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="90"/>
        <source>Pick the close date from a calendar</source>
        <translation>Das Abschlussdatum aus einem Kalender wählen</translation>
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
        <translation>Wie die Phase sagt (%1)</translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="165"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="166"/>
        <source>&amp;Account:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="172"/>
        <source>A&amp;mount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="175"/>
        <source>&amp;Close date:</source>
        <translation>&amp;Abschlussdatum:</translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="178"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="179"/>
        <source>&amp;Stage:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="180"/>
        <source>&amp;Forecast category:</source>
        <translation>Prognose&amp;kategorie:</translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="220"/>
        <source>Title: %1</source>
        <translation>Titel: %1</translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="222"/>
        <source>Account: %1</source>
        <translation>Firma: %1</translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="225"/>
        <source>Amount: %1</source>
        <translation>Betrag: %1</translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="229"/>
        <source>Currency: &quot;%1&quot; is not a three-letter ISO code such as USD or EUR.</source>
        <translation>Währung: „%1“ ist kein dreibuchstabiger ISO-Code wie USD oder EUR.</translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="234"/>
        <location filename="../ui/opportunitydialog.cpp" line="236"/>
        <source>Close date: %1</source>
        <translation>Abschlussdatum: %1</translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="294"/>
        <source>The close date %1 is in the past. Keep it?</source>
        <translation>Das Abschlussdatum %1 liegt in der Vergangenheit. Beibehalten?</translation>
    </message>
</context>
<context>
    <name>Stageboard::OpportunityPanel</name>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="82"/>
        <location filename="../ui/opportunitypanel.cpp" line="245"/>
        <source>Opportunity details</source>
        <translation>Details der Verkaufschance</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="102"/>
        <source>Recommended activities</source>
        <translation>Empfohlene Aktivitäten</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="106"/>
        <source>Tick what is done; double-click to add a note.</source>
        <translation>Haken Sie Erledigtes ab; Doppelklick fügt eine Notiz hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="110"/>
        <location filename="../ui/opportunitypanel.cpp" line="550"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="116"/>
        <location filename="../ui/opportunitypanel.cpp" line="119"/>
        <source>Exit criteria</source>
        <translation>Ausstiegskriterien</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="130"/>
        <source>Disqualify…</source>
        <translation>Disqualifizieren …</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="141"/>
        <source>What happens next, and when</source>
        <translation>Was als Nächstes geschieht, und wann</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="152"/>
        <location filename="../ui/opportunitypanel.cpp" line="240"/>
        <source>Stage history</source>
        <translation>Phasenverlauf</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="173"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="140"/>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="143"/>
        <source>next step</source>
        <translation>nächste Schritt</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="144"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="145"/>
        <source>Who you deal with at the account</source>
        <translation>Ihr Ansprechpartner bei der Firma</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="147"/>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="161"/>
        <source>Sign-offs</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="164"/>
        <source>Sign-off log</source>
        <translation>Freigabeprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="177"/>
        <source>Move to the next stage</source>
        <translation>In die nächste Phase verschieben</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="218"/>
        <source>Next step:</source>
        <translation>Nächster Schritt:</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="219"/>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="232"/>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="234"/>
        <source>Buying group</source>
        <translation>Einkaufsgruppe</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="236"/>
        <source>Competitors</source>
        <translation>Wettbewerber</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="253"/>
        <source>Double-click a card, or select it and press Enter, to see its stage guidance, checklist and history here.</source>
        <translation>Doppelklicken Sie auf eine Karte oder wählen Sie sie und drücken Sie die Eingabetaste, um hier ihren Phasenleitfaden, ihre Checkliste und ihren Verlauf zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="343"/>
        <source>%1 · owner %2
%3 · closes %4 · %5 % probability</source>
        <translation>%1 · verantwortlich %2
%3 · Abschluss %4 · %5 % Wahrscheinlichkeit</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="351"/>
        <source>Stage: %1 · owner: %2</source>
        <translation>Phase: %1 · verantwortlich: %2</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="352"/>
        <source>none</source>
        <translation>niemand</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="354"/>
        <source>Goal: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="357"/>
        <source>Recommended activities (%1/%2)</source>
        <translation>Empfohlene Aktivitäten (%1/%2)</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="377"/>
        <source>A deal killer was answered no: %1. Consider disqualifying the deal.</source>
        <translation>Ein Deal-Killer wurde mit Nein beantwortet: %1. Erwägen Sie, den Deal zu disqualifizieren.</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="401"/>
        <source>Move to %1</source>
        <translation>Nach %1 verschieben</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="429"/>
        <source>Re-opened: %1 changed from %2 to %3; to be signed off again</source>
        <translation>Wieder geöffnet: %1 von %2 in %3 geändert; neu freizugeben</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="425"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="432"/>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="436"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="473"/>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="475"/>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="477"/>
        <source>disqualified</source>
        <translation>disqualifiziert</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="483"/>
        <source>override: %1 (unmet: %2)</source>
        <translation>Ausnahme: %1 (unerfüllt: %2)</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="488"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="490"/>
        <source>%1, by %2</source>
        <translation>%1, von %2</translation>
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
        <translation>Der %1 von „%2“ wurde inzwischen anderswo zu „%3“ geändert; Ihre Eingabe („%4“) wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="535"/>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="538"/>
        <source>Not Yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="542"/>
        <source>No — a Deal Killer</source>
        <translation>Nein — ein Deal-Killer</translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="547"/>
        <source>Note…</source>
        <translation>Notiz …</translation>
    </message>
</context>
<context>
    <name>Stageboard::PdfWriter</name>
    <message>
        <location filename="../ui/pdfwriter.cpp" line="15"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Stageboard::PlanActivityDialog</name>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="68"/>
        <source>Objective: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="71"/>
        <source>Questions to ask:</source>
        <translation>Zu stellende Fragen:</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="75"/>
        <source>Objections expected:</source>
        <translation>Erwartete Einwände:</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="86"/>
        <source>Plan Activity</source>
        <translation>Aktivität planen</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="93"/>
        <source>Opportunity:</source>
        <translation>Verkaufschance:</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="99"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="102"/>
        <source>What it is about, e.g. Follow-up call</source>
        <translation>Worum es geht, z. B. Nachfassanruf</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="103"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="113"/>
        <source>&amp;Due:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="118"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="119"/>
        <source>&amp;Length:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="122"/>
        <source>Call plan</source>
        <translation>Gesprächsplan</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="128"/>
        <source>What the call should achieve, e.g. agree on a pilot</source>
        <translation>Was der Anruf erreichen soll, z. B. einen Pilot vereinbaren</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="129"/>
        <source>&amp;Objective:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="130"/>
        <source>One question a line</source>
        <translation>Eine Frage pro Zeile</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="131"/>
        <source>&amp;Questions to ask:</source>
        <translation>Zu stellende &amp;Fragen:</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="133"/>
        <source>One objection a line</source>
        <translation>Ein Einwand pro Zeile</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="134"/>
        <source>Ob&amp;jections expected:</source>
        <translation>Erwartete &amp;Einwände:</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="135"/>
        <source>Use the Stage&apos;s &amp;Template</source>
        <translation>&amp;Vorlage der Phase verwenden</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="140"/>
        <source>Adds the questions and objections typical of the stage &quot;%1&quot;.</source>
        <translation>Fügt die für die Phase „%1“ typischen Fragen und Einwände hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="143"/>
        <source>The deal&apos;s stage has no call template; an admin writes one in the process editor.</source>
        <translation>Die Phase des Deals hat keine Gesprächsvorlage; ein Admin schreibt sie im Prozess-Editor.</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="175"/>
        <source>Edit Activity</source>
        <translation>Aktivität bearbeiten</translation>
    </message>
</context>
<context>
    <name>Stageboard::ProcessDefinition</name>
    <message>
        <location filename="../model/process/processdefinition.cpp" line="42"/>
        <source>The process definition is not valid JSON at line %1, column %2: %3.</source>
        <translation>Die Prozessdefinition ist kein gültiges JSON in Zeile %1, Spalte %2: %3.</translation>
    </message>
    <message>
        <location filename="../model/process/processdefinition.cpp" line="51"/>
        <source>The file is not a Stageboard process definition (&quot;format&quot; is not &quot;stageboard-process&quot;).</source>
        <translation>Die Datei ist keine Stageboard-Prozessdefinition („format“ ist nicht „stageboard-process“).</translation>
    </message>
    <message>
        <location filename="../model/process/processdefinition.cpp" line="57"/>
        <source>The process definition is of format version %1, newer than this Stageboard reads (%2): update Stageboard to import it.</source>
        <translation>Die Prozessdefinition hat die Formatversion %1, neuer als diese Stageboard-Version liest (%2): Aktualisieren Sie Stageboard, um sie zu importieren.</translation>
    </message>
    <message>
        <location filename="../model/process/processdefinition.cpp" line="91"/>
        <source>Stage &quot;%1&quot;: owner %2 is not the name of a role.</source>
        <translation>Phase „%1“: Verantwortlicher %2 ist nicht der Name einer Rolle.</translation>
    </message>
    <message>
        <location filename="../model/process/processdefinition.cpp" line="154"/>
        <location filename="../model/process/processdefinition.cpp" line="210"/>
        <source>Stage &quot;%1&quot;, criterion &quot;%2&quot;: %3</source>
        <translation>Phase „%1“, Kriterium „%2“: %3</translation>
    </message>
    <message>
        <location filename="../model/process/processdefinition.cpp" line="161"/>
        <source>the sign-off names no role.</source>
        <translation>die Freigabe nennt keine Rolle.</translation>
    </message>
    <message>
        <location filename="../model/process/processdefinition.cpp" line="172"/>
        <source>minAmount must be an amount such as &quot;50000.00&quot;.</source>
        <translation>minAmount muss ein Betrag wie „50000.00“ sein.</translation>
    </message>
    <message>
        <location filename="../model/process/processdefinition.cpp" line="178"/>
        <source>reopenOn names &quot;%1&quot;, which is not one of %2.</source>
        <translation>reopenOn nennt „%1“, das nicht zu %2 gehört.</translation>
    </message>
    <message>
        <location filename="../model/process/processdefinition.cpp" line="258"/>
        <source>Stage &quot;%1&quot;, activity &quot;%2&quot;: activityType must be call, meeting, task or email.</source>
        <translation>Phase „%1“, Aktivität „%2“: activityType muss call, meeting, task oder email sein.</translation>
    </message>
    <message>
        <location filename="../model/process/processdefinition.cpp" line="298"/>
        <source>The process definition has no &quot;name&quot;.</source>
        <translation>Die Prozessdefinition hat keinen „name“.</translation>
    </message>
    <message>
        <location filename="../model/process/processdefinition.cpp" line="300"/>
        <source>The process definition has no &quot;stages&quot; list.</source>
        <translation>Die Prozessdefinition hat keine Liste „stages“.</translation>
    </message>
    <message>
        <location filename="../model/process/processdefinition.cpp" line="303"/>
        <source>The process definition has no stages.</source>
        <translation>Die Prozessdefinition hat keine Phasen.</translation>
    </message>
    <message>
        <location filename="../model/process/processdefinition.cpp" line="321"/>
        <source>Role %1 of the process has no name.</source>
        <translation>Rolle %1 des Prozesses hat keinen Namen.</translation>
    </message>
    <message>
        <location filename="../model/process/processdefinition.cpp" line="75"/>
        <source>Stage &quot;%1&quot;: &quot;%2&quot; must be a list.</source>
        <translation>Phase „%1“: „%2“ muss eine Liste sein.</translation>
    </message>
    <message>
        <location filename="../model/process/processdefinition.cpp" line="224"/>
        <source>Stage %1 is not an object with a name and fields.</source>
        <translation>Phase %1 ist kein Objekt mit Namen und Feldern.</translation>
    </message>
    <message>
        <location filename="../model/process/processdefinition.cpp" line="231"/>
        <source>Stage %1 has no name.</source>
        <translation>Phase %1 hat keinen Namen.</translation>
    </message>
    <message>
        <location filename="../model/process/processdefinition.cpp" line="234"/>
        <source>Two stages are named &quot;%1&quot;; each needs its own name.</source>
        <translation>Zwei Phasen heißen „%1“; jede braucht einen eigenen Namen.</translation>
    </message>
    <message>
        <source>Stage &quot;%1&quot;: owner &quot;%2&quot; is not a role (rep, manager, admin, legal, finance).</source>
        <translation type="vanished">Phase „%1“: Verantwortlich „%2“ ist keine Rolle (rep, manager, admin, legal, finance).</translation>
    </message>
    <message>
        <location filename="../model/process/processdefinition.cpp" line="106"/>
        <source>Stage &quot;%1&quot;: probability must be a number from 0 to 100.</source>
        <translation>Phase „%1“: probability muss eine Zahl von 0 bis 100 sein.</translation>
    </message>
    <message>
        <location filename="../model/process/processdefinition.cpp" line="110"/>
        <source>Stage &quot;%1&quot;: kind must be open, won or lost.</source>
        <translation>Phase „%1“: kind muss open, won oder lost sein.</translation>
    </message>
    <message>
        <location filename="../model/process/processdefinition.cpp" line="115"/>
        <source>Stage &quot;%1&quot;: rotDays must be a number of days from 1 to 3650.</source>
        <translation>Phase „%1“: rotDays muss eine Anzahl Tage von 1 bis 3650 sein.</translation>
    </message>
    <message>
        <location filename="../model/process/processdefinition.cpp" line="125"/>
        <source>Stage &quot;%1&quot;: forecastCategory must be pipeline, best_case, commit, closed or omitted.</source>
        <translation>Phase „%1“: forecastCategory muss pipeline, best_case, commit, closed oder omitted sein.</translation>
    </message>
    <message>
        <location filename="../model/process/processdefinition.cpp" line="253"/>
        <source>Stage &quot;%1&quot;: an activity has no text.</source>
        <translation>Phase „%1“: Eine Aktivität hat keinen Text.</translation>
    </message>
    <message>
        <location filename="../model/process/processdefinition.cpp" line="195"/>
        <source>Stage &quot;%1&quot;: exit criterion %2 has no text.</source>
        <translation>Phase „%1“: Ausstiegskriterium %2 hat keinen Text.</translation>
    </message>
    <message>
        <source>Stage &quot;%1&quot;, criterion &quot;%2&quot;: sign-off &quot;%3&quot; is not a role.</source>
        <translation type="vanished">Phase „%1“, Kriterium „%2“: Abzeichnung „%3“ ist keine Rolle.</translation>
    </message>
    <message>
        <location filename="../model/process/processdefinition.cpp" line="314"/>
        <source>The process has no open stage for a deal to start in.</source>
        <translation>Der Prozess hat keine offene Phase, in der ein Deal beginnen kann.</translation>
    </message>
</context>
<context>
    <name>Stageboard::ProcessEdit</name>
    <message>
        <location filename="../model/itemmodels/processmodel.cpp" line="58"/>
        <source>Rename Stage</source>
        <translation>Phase umbenennen</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/processmodel.cpp" line="59"/>
        <source>Edit &quot;%1&quot;</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/processmodel.cpp" line="62"/>
        <source>Add Stage &quot;%1&quot;</source>
        <translation>Phase „%1“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/processmodel.cpp" line="65"/>
        <source>Remove Stage &quot;%1&quot;</source>
        <translation>Phase „%1“ entfernen</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/processmodel.cpp" line="68"/>
        <source>Reorder Stages</source>
        <translation>Phasen umordnen</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/processmodel.cpp" line="70"/>
        <source>Edit Checklist</source>
        <translation>Checkliste bearbeiten</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/processmodel.cpp" line="72"/>
        <source>Rename Pipeline</source>
        <translation>Pipeline umbenennen</translation>
    </message>
</context>
<context>
    <name>Stageboard::ProcessEditor</name>
    <message>
        <location filename="../ui/processeditor.cpp" line="309"/>
        <source>Anyone</source>
        <translation>Jeder</translation>
    </message>
    <message>
        <location filename="../ui/processdelegates.h" line="133"/>
        <source>won</source>
        <translation>gewonnen</translation>
    </message>
    <message>
        <location filename="../ui/processdelegates.h" line="135"/>
        <source>lost</source>
        <translation>verloren</translation>
    </message>
    <message>
        <location filename="../ui/processdelegates.h" line="136"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="80"/>
        <source>Sales Process</source>
        <translation>Vertriebsprozess</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="89"/>
        <source>Stages, in order</source>
        <translation>Phasen, in Reihenfolge</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="93"/>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="99"/>
        <source>Drag a stage to change the order</source>
        <translation>Ziehen Sie eine Phase, um die Reihenfolge zu ändern</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="104"/>
        <source>&amp;Add Stage</source>
        <translation>Phase &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="104"/>
        <source>Add a stage after the selected one</source>
        <translation>Eine Phase nach der gewählten hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="106"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="106"/>
        <source>Take the stage out of the process</source>
        <translation>Die Phase aus dem Prozess nehmen</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="108"/>
        <location filename="../ui/processeditor.cpp" line="549"/>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="108"/>
        <source>Move the stage earlier (Alt+Up)</source>
        <translation>Die Phase früher einordnen (Alt+Hoch)</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="110"/>
        <location filename="../ui/processeditor.cpp" line="550"/>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="110"/>
        <source>Move the stage later (Alt+Down)</source>
        <translation>Die Phase später einordnen (Alt+Runter)</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="115"/>
        <source>New stage</source>
        <translation>Neue Phase</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="126"/>
        <source>The chosen stage</source>
        <translation>Die gewählte Phase</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="136"/>
        <source>Advice</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="140"/>
        <source>Advice on the process</source>
        <translation>Hinweise zum Prozess</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="164"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="166"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="222"/>
        <source>Sign-off Conditions</source>
        <translation>Freigabebedingungen</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="226"/>
        <source>every deal</source>
        <translation>jeder Deal</translation>
    </message>
    <message>
        <source>Asked of deals &amp;from:</source>
        <translation type="vanished">Verlangt bei Deals &amp;ab:</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="243"/>
        <source>Re-opened when it changes:</source>
        <translation>Wieder geöffnet bei Änderung von:</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="244"/>
        <source>The deal&apos;s &amp;owner may not give it</source>
        <translation>Der &amp;Zuständige des Deals darf sie nicht erteilen</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="254"/>
        <source>Signed off by %1.</source>
        <translation>Freigegeben durch %1.</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="264"/>
        <source>From: %1</source>
        <translation>Ab: %1</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="296"/>
        <source>No roles yet: add them with Team Roles…</source>
        <translation>Noch keine Rollen: mit „Teamrollen …“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="318"/>
        <location filename="../ui/processeditor.cpp" line="488"/>
        <source>By hand</source>
        <translation>Von Hand</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="329"/>
        <source>A call debriefed in this stage</source>
        <translation>Ein Gespräch in dieser Phase nachbesprochen</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="330"/>
        <source>The amount set</source>
        <translation>Betrag angegeben</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="332"/>
        <source>The close date set</source>
        <translation>Abschlussdatum angegeben</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="333"/>
        <source>A contact named</source>
        <translation>Kontakt genannt</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="342"/>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Pipeline:</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="359"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu …</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="359"/>
        <source>Add a pipeline, empty or with a copy of these stages</source>
        <translation>Eine Pipeline hinzufügen, leer oder mit einer Kopie dieser Phasen</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="361"/>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="361"/>
        <source>Rename this pipeline</source>
        <translation>Diese Pipeline umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="362"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="362"/>
        <source>Delete this pipeline (only one that never held a deal)</source>
        <translation>Diese Pipeline löschen (nur eine, die nie einen Deal enthielt)</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="364"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="364"/>
        <source>Add a pipeline from a process file (JSON)</source>
        <translation>Eine Pipeline aus einer Prozessdatei (JSON) hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="366"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="366"/>
        <source>Save this pipeline&apos;s process as a file to share (JSON)</source>
        <translation>Den Prozess dieser Pipeline als Datei zum Weitergeben speichern (JSON)</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="388"/>
        <source>A state reached, e.g. &quot;Qualified&quot;</source>
        <translation>Ein erreichter Zustand, z. B. „Qualifiziert“</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="389"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="393"/>
        <source>Open: deals are worked here</source>
        <translation>Offen: Hier werden Deals bearbeitet</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="394"/>
        <source>Won: closes a deal as won</source>
        <translation>Gewonnen: schließt einen Deal als gewonnen</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="395"/>
        <source>Lost: closes a deal as lost</source>
        <translation>Verloren: schließt einen Deal als verloren</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="396"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="401"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="403"/>
        <source>&amp;Probability of close:</source>
        <translation>&amp;Abschlusswahrscheinlichkeit:</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="409"/>
        <source>&amp;Forecast category:</source>
        <translation>Prognose&amp;kategorie:</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="414"/>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="415"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="417"/>
        <source>A deal longer than this in the stage is shown as stalled</source>
        <translation>Ein Deal, der länger in der Phase ist, wird als stockend gezeigt</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="418"/>
        <source>&amp;Age limit:</source>
        <translation>Alters&amp;grenze:</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="433"/>
        <source>The roles whose members find this stage&apos;s deals waiting on them (Team Roles… adds roles)</source>
        <translation>Die Rollen, deren Mitglieder die Verkaufschancen dieser Phase als wartend auf sie sehen („Teamrollen …“ fügt Rollen hinzu)</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="437"/>
        <source>Owned by:</source>
        <translation>Verantwortlich:</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="441"/>
        <source>What is true of a deal in this stage</source>
        <translation>Was für einen Deal in dieser Phase gilt</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="445"/>
        <source>&amp;Definition:</source>
        <translation>&amp;Definition:</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="449"/>
        <source>What the rep sets out to do here</source>
        <translation>Was der Vertriebler hier erreichen will</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="453"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="458"/>
        <source>Questions to ask on a call in this stage, one a line</source>
        <translation>Fragen für ein Gespräch in dieser Phase, eine pro Zeile</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="461"/>
        <source>Objections to expect, one a line</source>
        <translation>Zu erwartende Einwände, einer pro Zeile</translation>
    </message>
    <message>
        <source>Call &amp;questions:</source>
        <translation type="vanished">Gesprächs&amp;fragen:</translation>
    </message>
    <message>
        <source>Call &amp;objections:</source>
        <translation type="vanished">&amp;Einwände:</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="477"/>
        <source>Add A&amp;ctivity</source>
        <translation>Akti&amp;vität hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="477"/>
        <source>New activity</source>
        <translation>Neue Aktivität</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="478"/>
        <source>Add &amp;Criterion</source>
        <translation>&amp;Kriterium hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="479"/>
        <source>New exit criterion</source>
        <translation>Neues Ausstiegskriterium</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="522"/>
        <source>Recommended activities</source>
        <translation>Empfohlene Aktivitäten</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="523"/>
        <source>Exit criteria</source>
        <translation>Ausstiegskriterien</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="548"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="548"/>
        <source>Remove the selected item</source>
        <translation>Den gewählten Eintrag entfernen</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="549"/>
        <source>Move the selected item earlier</source>
        <translation>Den gewählten Eintrag früher einordnen</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="550"/>
        <source>Move the selected item later</source>
        <translation>Den gewählten Eintrag später einordnen</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="758"/>
        <source>Nothing to point out: every stage has a state reached as its name, a definition, an owner and two to eight activities.</source>
        <translation>Nichts anzumerken: Jede Phase ist nach einem erreichten Zustand benannt und hat eine Definition, einen Verantwortlichen und zwei bis acht Aktivitäten.</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="117"/>
        <location filename="../ui/processeditor.cpp" line="817"/>
        <location filename="../ui/processeditor.cpp" line="841"/>
        <source>Remove Stage</source>
        <translation>Phase entfernen</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="229"/>
        <source>In the deal&apos;s own currency; empty: every deal.</source>
        <translation>In der Währung des Deals; leer: jeder Deal.</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="230"/>
        <source>Only for deals &amp;of at least:</source>
        <translation>Nur für Deals &amp;ab:</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="322"/>
        <source>%1 among the stakeholders</source>
        <translation>%1 unter den Beteiligten</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="327"/>
        <source>%1 done in this stage</source>
        <translation>%1 in dieser Phase erledigt</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="462"/>
        <source>Questions to ask on a call</source>
        <translation>Fragen für ein Gespräch</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="463"/>
        <source>Objections to expect</source>
        <translation>Zu erwartende Einwände</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="474"/>
        <source>Call te&amp;mplate:</source>
        <translation>Gesprächs&amp;vorlage:</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="491"/>
        <source>%1 done</source>
        <translation>%1 erledigt</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="554"/>
        <source>Sign-off Co&amp;nditions…</source>
        <translation>Freigabe&amp;bedingungen …</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="555"/>
        <source>From which amount the sign-off is asked, what re-opens it, and whether the owner may give it</source>
        <translation>Ab welchem Betrag die Freigabe verlangt wird, was sie wieder öffnet und ob der Zuständige sie erteilen darf</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="625"/>
        <source>Roles: none</source>
        <translation>Rollen: keine</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="626"/>
        <source>Roles: %1</source>
        <translation>Rollen: %1</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="821"/>
        <source>Take &quot;%1&quot; out of the process? The ledger keeps its history; each deal that moves gets a ledger row saying why.</source>
        <translation>„%1“ aus dem Prozess nehmen? Das Protokoll behält ihren Verlauf; jeder Deal, der wechselt, bekommt eine Protokollzeile, die den Grund nennt.</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="825"/>
        <source>It holds no deals now; any that reach it meanwhile move to:</source>
        <translation>Sie enthält jetzt keine Deals; alle, die sie inzwischen erreichen, wechseln nach:</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="826"/>
        <source>The one deal in it moves to:</source>
        <translation>Der eine Deal darin wechselt nach:</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="827"/>
        <source>The %1 deals in it move to:</source>
        <translation>Die %1 Deals darin wechseln nach:</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="847"/>
        <source>&quot;%1&quot; is the only stage: add the one its deals should go to first.</source>
        <translation>„%1“ ist die einzige Phase: Fügen Sie zuerst die hinzu, in die ihre Deals wechseln sollen.</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="880"/>
        <source>A pipeline needs a name.</source>
        <translation>Eine Pipeline braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="894"/>
        <location filename="../ui/processeditor.cpp" line="900"/>
        <source>New Pipeline</source>
        <translation>Neue Pipeline</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="894"/>
        <source>Name of the new pipeline:</source>
        <translation>Name der neuen Pipeline:</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="895"/>
        <source>Renewals</source>
        <translation>Verlängerungen</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="898"/>
        <source>Empty, to build stage by stage</source>
        <translation>Leer, um Phase für Phase aufzubauen</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="899"/>
        <source>A copy of the stages of &quot;%1&quot;</source>
        <translation>Eine Kopie der Phasen von „%1“</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="900"/>
        <source>Start with:</source>
        <translation>Beginnen mit:</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="910"/>
        <source>Rename Pipeline</source>
        <translation>Pipeline umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="910"/>
        <source>New name of the pipeline:</source>
        <translation>Neuer Name der Pipeline:</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="921"/>
        <source>Delete Pipeline</source>
        <translation>Pipeline löschen</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="922"/>
        <source>Delete the pipeline &quot;%1&quot; and its stages?</source>
        <translation>Die Pipeline „%1“ und ihre Phasen löschen?</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="933"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="938"/>
        <source>%1: %2 Nothing was changed.</source>
        <translation>%1: %2 Nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="959"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="968"/>
        <source>Import Process</source>
        <translation>Prozess importieren</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="968"/>
        <location filename="../ui/processeditor.cpp" line="977"/>
        <source>Process files (*.json)</source>
        <translation>Prozessdateien (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="976"/>
        <source>Export Process</source>
        <translation>Prozess exportieren</translation>
    </message>
</context>
<context>
    <name>Stageboard::ProcessLint</name>
    <message>
        <location filename="../model/process/processlint.cpp" line="26"/>
        <source>The process has no won stage: no deal can be closed as won.</source>
        <translation>Der Prozess hat keine Gewonnen-Phase: Kein Deal kann als gewonnen abgeschlossen werden.</translation>
    </message>
    <message>
        <location filename="../model/process/processlint.cpp" line="30"/>
        <source>The process has no lost stage: no deal can be closed as lost.</source>
        <translation>Der Prozess hat keine Verloren-Phase: Kein Deal kann als verloren abgeschlossen werden.</translation>
    </message>
    <message>
        <location filename="../model/process/processlint.cpp" line="39"/>
        <source>&quot;%1&quot; reads as something under way; name a stage for the state a deal has reached (&quot;Qualified&quot;, not &quot;Qualifying&quot;).</source>
        <translation>„%1“ klingt nach etwas, das im Gange ist; benennen Sie eine Phase nach dem Zustand, den ein Deal erreicht hat („Qualifiziert“, nicht „Qualifizierung läuft“).</translation>
    </message>
    <message>
        <location filename="../model/process/processlint.cpp" line="46"/>
        <source>&quot;%1&quot; has no definition: say what is true of a deal in it.</source>
        <translation>„%1“ hat keine Definition: Sagen Sie, was für einen Deal darin gilt.</translation>
    </message>
    <message>
        <location filename="../model/process/processlint.cpp" line="52"/>
        <source>&quot;%1&quot; has no owner: say who moves deals through it.</source>
        <translation>„%1“ hat keinen Verantwortlichen: Sagen Sie, wer Deals durch sie bewegt.</translation>
    </message>
    <message>
        <location filename="../model/process/processlint.cpp" line="56"/>
        <source>&quot;%1&quot; is no likelier to close (%2 %) than &quot;%3&quot; before it (%4 %): probabilities should rise stage by stage.</source>
        <translation>„%1“ schließt nicht wahrscheinlicher ab (%2 %) als „%3“ davor (%4 %): Die Wahrscheinlichkeiten sollten von Phase zu Phase steigen.</translation>
    </message>
    <message>
        <location filename="../model/process/processlint.cpp" line="67"/>
        <source>&quot;%1&quot; needs at least %2 recommended activities to guide a rep; it has %3.</source>
        <translation>„%1“ braucht mindestens %2 empfohlene Aktivitäten, um einen Vertriebler zu leiten; sie hat %3.</translation>
    </message>
    <message>
        <location filename="../model/process/processlint.cpp" line="73"/>
        <source>&quot;%1&quot; has %3 recommended activities; more than %2 are rarely all done: keep the ones that matter.</source>
        <translation>„%1“ hat %3 empfohlene Aktivitäten; mehr als %2 werden selten alle erledigt: Behalten Sie die wichtigen.</translation>
    </message>
</context>
<context>
    <name>Stageboard::ProcessModel</name>
    <message>
        <location filename="../model/itemmodels/processmodel.cpp" line="209"/>
        <location filename="../model/itemmodels/processmodel.cpp" line="284"/>
        <source>There is no stage %1 in this pipeline.</source>
        <translation>In dieser Pipeline gibt es keine Phase %1.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/processmodel.cpp" line="246"/>
        <source>There is no stage in row %1 to remove.</source>
        <translation>In Zeile %1 gibt es keine Phase zum Entfernen.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/processmodel.cpp" line="263"/>
        <source>There is no such place in the list of stages.</source>
        <translation>Diese Stelle gibt es in der Liste der Phasen nicht.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/processmodel.cpp" line="349"/>
        <source>The pipeline this change was made to is gone.</source>
        <translation>Die Pipeline, an der diese Änderung gemacht wurde, gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Stageboard::RepChoiceDialog</name>
    <message>
        <location filename="../ui/repchooser.cpp" line="146"/>
        <source>Choose Reps</source>
        <translation>Vertriebler auswählen</translation>
    </message>
    <message>
        <location filename="../ui/repchooser.cpp" line="148"/>
        <source>Tick the reps the chart shows, up to %1. Type to find a rep.</source>
        <translation>Haken Sie die Vertriebler an, die das Diagramm zeigt, bis zu %1. Tippen Sie, um einen zu finden.</translation>
    </message>
    <message>
        <location filename="../ui/repchooser.cpp" line="152"/>
        <location filename="../ui/repchooser.cpp" line="153"/>
        <source>Find a rep</source>
        <translation>Vertriebler finden</translation>
    </message>
    <message>
        <location filename="../ui/repchooser.cpp" line="157"/>
        <source>Reps</source>
        <translation>Vertriebler</translation>
    </message>
    <message>
        <location filename="../ui/repchooser.cpp" line="168"/>
        <source>Tick &amp;None</source>
        <translation>&amp;Keinen anhaken</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/repchooser.cpp" line="207"/>
        <source>%n rep(s) ticked: the chart has room for %1.</source>
        <translation>
            <numerusform>%n Vertriebler angehakt: Das Diagramm hat Platz für %1.</numerusform>
            <numerusform>%n Vertriebler angehakt: Das Diagramm hat Platz für %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/repchooser.cpp" line="208"/>
        <source>None ticked: the chart shows the top %1 by best case.</source>
        <translation>Keiner angehakt: Das Diagramm zeigt die besten %1 nach Best Case.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/repchooser.cpp" line="211"/>
        <source>%n rep(s) ticked.</source>
        <translation>
            <numerusform>%n Vertriebler angehakt.</numerusform>
            <numerusform>%n Vertriebler angehakt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stageboard::RepChooser</name>
    <message>
        <location filename="../ui/repchooser.cpp" line="26"/>
        <source>Which Reps</source>
        <translation>Welche Vertriebler</translation>
    </message>
    <message>
        <location filename="../ui/repchooser.cpp" line="27"/>
        <source>Choose which reps the chart shows</source>
        <translation>Wählen, welche Vertriebler das Diagramm zeigt</translation>
    </message>
    <message>
        <location filename="../ui/repchooser.cpp" line="34"/>
        <source>Top %1 by &amp;Best Case</source>
        <translation>Die besten %1 nach &amp;Best Case</translation>
    </message>
    <message>
        <location filename="../ui/repchooser.cpp" line="35"/>
        <source>Top %1 by &amp;Closed Won</source>
        <translation>Die besten %1 nach &amp;Gewonnen</translation>
    </message>
    <message>
        <location filename="../ui/repchooser.cpp" line="36"/>
        <source>Top %1 by Quota &amp;Attainment</source>
        <translation>Die besten %1 nach &amp;Zielerreichung</translation>
    </message>
    <message>
        <location filename="../ui/repchooser.cpp" line="38"/>
        <source>&amp;Lowest %1 by Quota Attainment</source>
        <translation>Die &amp;schwächsten %1 nach Zielerreichung</translation>
    </message>
    <message>
        <location filename="../ui/repchooser.cpp" line="39"/>
        <source>C&amp;hosen Reps…</source>
        <translation>&amp;Ausgewählte Vertriebler …</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/repchooser.cpp" line="91"/>
        <source>Reps against quota: %1 chosen of %n</source>
        <translation>
            <numerusform>Vertriebler gegen Quote: %1 ausgewählt von %n</numerusform>
            <numerusform>Vertriebler gegen Quote: %1 ausgewählt von %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/repchooser.cpp" line="95"/>
        <source>Reps against quota (most closed won first)</source>
        <translation>Vertriebler gegen Quote (meiste Gewinne zuerst)</translation>
    </message>
    <message>
        <location filename="../ui/repchooser.cpp" line="97"/>
        <source>Reps against quota (highest attainment first)</source>
        <translation>Vertriebler gegen Quote (höchste Zielerreichung zuerst)</translation>
    </message>
    <message>
        <location filename="../ui/repchooser.cpp" line="99"/>
        <source>Reps against quota (lowest attainment first)</source>
        <translation>Vertriebler gegen Quote (niedrigste Zielerreichung zuerst)</translation>
    </message>
    <message>
        <location filename="../ui/repchooser.cpp" line="101"/>
        <source>Reps against quota (largest best case first)</source>
        <translation>Vertriebler gegen Quote (größter Best Case zuerst)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/repchooser.cpp" line="106"/>
        <source>Reps against quota: the top %1 of %n by closed won</source>
        <translation>
            <numerusform>Vertriebler gegen Quote: die besten %1 von %n nach Gewonnen</numerusform>
            <numerusform>Vertriebler gegen Quote: die besten %1 von %n nach Gewonnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/repchooser.cpp" line="108"/>
        <source>Reps against quota: the top %1 of %n by quota attainment</source>
        <translation>
            <numerusform>Vertriebler gegen Quote: die besten %1 von %n nach Zielerreichung</numerusform>
            <numerusform>Vertriebler gegen Quote: die besten %1 von %n nach Zielerreichung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/repchooser.cpp" line="111"/>
        <source>Reps against quota: the lowest %1 of %n by quota attainment</source>
        <translation>
            <numerusform>Vertriebler gegen Quote: die schwächsten %1 von %n nach Zielerreichung</numerusform>
            <numerusform>Vertriebler gegen Quote: die schwächsten %1 von %n nach Zielerreichung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/repchooser.cpp" line="114"/>
        <source>Reps against quota: the top %1 of %n by best case</source>
        <translation>
            <numerusform>Vertriebler gegen Quote: die besten %1 von %n nach Best Case</numerusform>
            <numerusform>Vertriebler gegen Quote: die besten %1 von %n nach Best Case</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stageboard::ReportParts</name>
    <message>
        <location filename="../ui/reportparts.cpp" line="70"/>
        <source>Save as PNG…</source>
        <translation>Als PNG speichern …</translation>
    </message>
    <message>
        <location filename="../ui/reportparts.cpp" line="71"/>
        <source>Save %1 as PNG</source>
        <translation>%1 als PNG speichern</translation>
    </message>
    <message>
        <location filename="../ui/reportparts.cpp" line="75"/>
        <source>Save Chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <location filename="../ui/reportparts.cpp" line="78"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/reportparts.cpp" line="83"/>
        <source>Cannot write the image %1.</source>
        <translation>Das Bild %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../ui/reportparts.cpp" line="118"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/reportparts.cpp" line="119"/>
        <source>Export %1 as CSV</source>
        <translation>%1 als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/reportparts.cpp" line="162"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Stageboard::ReviewDialog</name>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="309"/>
        <source>Review the Debrief: %1</source>
        <translation>Nachbesprechung prüfen: %1</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="316"/>
        <source>%1 by %2, %3</source>
        <translation>%1 von %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="317"/>
        <source>%1 by %2 on &quot;%3&quot;, %4</source>
        <translation>%1 von %2 zu „%3“, %4</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="324"/>
        <source>(nothing written)</source>
        <translation>(nichts geschrieben)</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="331"/>
        <source>The plan:</source>
        <translation>Der Plan:</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="333"/>
        <source>Outcome:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="334"/>
        <source>What went well:</source>
        <translation>Was gut lief:</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="335"/>
        <source>What to improve:</source>
        <translation>Was besser werden soll:</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="337"/>
        <source>Questions not asked:</source>
        <translation>Nicht gestellte Fragen:</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="340"/>
        <source>What to keep doing, what to try on the next call</source>
        <translation>Was beibehalten, was beim nächsten Anruf versuchen</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="341"/>
        <source>Your &amp;feedback:</source>
        <translation>Ihre &amp;Rückmeldung:</translation>
    </message>
    <message>
        <location filename="../ui/activitydialogs.cpp" line="346"/>
        <source>&amp;Send Feedback</source>
        <translation>Rückmeldung &amp;senden</translation>
    </message>
</context>
<context>
    <name>Stageboard::ReviewsModel</name>
    <message>
        <location filename="../model/itemmodels/reviewsmodel.cpp" line="151"/>
        <source>There is no closed deal in row %1.</source>
        <translation>In Zeile %1 steht keine abgeschlossene Verkaufschance.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/reviewsmodel.cpp" line="161"/>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/reviewsmodel.cpp" line="162"/>
        <source>Disqualified</source>
        <translation>Disqualifiziert</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/reviewsmodel.cpp" line="162"/>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/reviewsmodel.cpp" line="188"/>
        <source>Notes: %1</source>
        <translation>Notizen: %1</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/reviewsmodel.cpp" line="190"/>
        <source>Reviewed by %1 on %2.</source>
        <translation>Ausgewertet von %1 am %2.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/reviewsmodel.cpp" line="193"/>
        <source>Lesson: %1</source>
        <translation>Erkenntnis: %1</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/reviewsmodel.cpp" line="195"/>
        <source>Suggested change to the process: %1</source>
        <translation>Vorgeschlagene Änderung am Prozess: %1</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/reviewsmodel.cpp" line="204"/>
        <source>(deleted deal %1)</source>
        <translation>(gelöschte Verkaufschance %1)</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/reviewsmodel.cpp" line="212"/>
        <source>%1 (also: %2)</source>
        <translation>%1 (auch: %2)</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/reviewsmodel.cpp" line="224"/>
        <source>Awaiting review</source>
        <translation>Rückblick ausstehend</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/reviewsmodel.cpp" line="224"/>
        <source>Opened again; not reviewed</source>
        <translation>Wieder geöffnet; nicht bewertet</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/reviewsmodel.cpp" line="251"/>
        <source>Lesson learned</source>
        <translation>Erkenntnis</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="vanished">%1, %2: %3</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/reviewsmodel.cpp" line="237"/>
        <source>Opportunity</source>
        <translation>Verkaufschance</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/reviewsmodel.cpp" line="239"/>
        <source>Account</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/reviewsmodel.cpp" line="241"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/reviewsmodel.cpp" line="243"/>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/reviewsmodel.cpp" line="245"/>
        <source>Lost to</source>
        <translation>Verloren an</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/reviewsmodel.cpp" line="247"/>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/reviewsmodel.cpp" line="249"/>
        <source>Closed by</source>
        <translation>Abgeschlossen von</translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="vanished">Rückblick</translation>
    </message>
</context>
<context>
    <name>Stageboard::ReviewsView</name>
    <message>
        <location filename="../ui/reviewsview.cpp" line="32"/>
        <source>Every deal closed on the board waits here for a look-back: what can the team learn from it? A manager writes the lesson and marks it reviewed.</source>
        <translation>Jede auf dem Board abgeschlossene Verkaufschance wartet hier auf einen Rückblick: Was kann das Team daraus lernen? Ein Manager hält die Erkenntnis fest und markiert die Verkaufschance als ausgewertet.</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="39"/>
        <source>Awaiting review</source>
        <translation>Rückblick ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="40"/>
        <source>Reviewed</source>
        <translation>Ausgewertet</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="41"/>
        <source>All closed deals</source>
        <translation>Alle abgeschlossenen Verkaufschancen</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="42"/>
        <source>&amp;Show:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="58"/>
        <source>Closed deals</source>
        <translation>Abgeschlossene Verkaufschancen</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="255"/>
        <source>What worked, what did not, what the team does next time</source>
        <translation>Was funktionierte, was nicht, was das Team nächstes Mal anders macht</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="84"/>
        <source>Optional: e.g. make a criterion required in Qualify</source>
        <translation>Optional: z. B. ein Kriterium einer Phase zur Pflicht machen</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="88"/>
        <source>&amp;Lesson learned:</source>
        <translation>&amp;Erkenntnis:</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="89"/>
        <source>Suggested &amp;change to the process:</source>
        <translation>Vorgeschlagene Ä&amp;nderung am Prozess:</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="93"/>
        <location filename="../ui/reviewsview.cpp" line="259"/>
        <source>&amp;Mark Reviewed</source>
        <translation>Als &amp;ausgewertet markieren</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="95"/>
        <source>Open &amp;Process Editor</source>
        <translation>&amp;Prozesseditor öffnen</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="97"/>
        <source>&amp;Open Opportunity</source>
        <translation>Verkaufschance ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="175"/>
        <source>Look-back (%1)</source>
        <translation>Rückblick (%1)</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="175"/>
        <source>Look-back</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="191"/>
        <source>Select a closed deal to see what its close said and review it.</source>
        <translation>Wählen Sie eine abgeschlossene Verkaufschance, um ihren Abschluss zu sehen und sie auszuwerten.</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="200"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 on %3 by %4.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 am %3 von %4.</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="209"/>
        <source>Reasons: %1</source>
        <translation>Gründe: %1</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="213"/>
        <source>Lost to: %1</source>
        <translation>Verloren an: %1</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="217"/>
        <source>Notes: %1</source>
        <translation>Notizen: %1</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="233"/>
        <source>No closed deal awaits review. When a deal is won or lost on the board, it appears here for a manager&apos;s look-back.</source>
        <translation>Keine abgeschlossene Verkaufschance wartet auf einen Rückblick. Wird eine auf dem Board gewonnen oder verloren, erscheint sie hier für den Rückblick eines Managers.</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="237"/>
        <source>No closed deal has been reviewed yet.</source>
        <translation>Noch keine abgeschlossene Verkaufschance wurde bewertet.</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="240"/>
        <source>No deal has been closed on the board yet.</source>
        <translation>Auf dem Board wurde noch keine Verkaufschance abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="257"/>
        <source>Not reviewed yet</source>
        <translation>Noch nicht ausgewertet</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="259"/>
        <source>&amp;Update Review</source>
        <translation>Auswertung &amp;aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="263"/>
        <source>Change the process as the lesson suggests</source>
        <translation>Den Prozess ändern, wie es die Erkenntnis nahelegt</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="264"/>
        <source>Only an admin changes the sales process; the suggestion is kept here for them.</source>
        <translation>Nur ein Administrator ändert den Vertriebsprozess; der Vorschlag bleibt hier für ihn stehen.</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="269"/>
        <source>Only a manager or an admin reviews closed deals; you can read the lessons.</source>
        <translation>Nur ein Manager oder Administrator wertet abgeschlossene Verkaufschancen aus; Sie können die Erkenntnisse lesen.</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="273"/>
        <source>Reviewed by %1 on %2.</source>
        <translation>Ausgewertet von %1 am %2.</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="277"/>
        <source>Write the lesson, then mark it reviewed.</source>
        <translation>Halten Sie die Erkenntnis fest und markieren Sie die Verkaufschance dann als ausgewertet.</translation>
    </message>
    <message>
        <location filename="../ui/reviewsview.cpp" line="291"/>
        <source>Reviewed &quot;%1&quot;.</source>
        <translation>„%1“ ausgewertet.</translation>
    </message>
</context>
<context>
    <name>Stageboard::Schema</name>
    <message>
        <location filename="../model/storage/schema.cpp" line="849"/>
        <source>It holds tables, but is not a Stageboard database.</source>
        <translation>Sie enthält Tabellen, ist aber keine Stageboard-Datenbank.</translation>
    </message>
    <message>
        <location filename="../model/storage/schema.cpp" line="858"/>
        <source>It has no schema version.</source>
        <translation>Sie hat keine Schemaversion.</translation>
    </message>
    <message>
        <location filename="../model/storage/schema.cpp" line="862"/>
        <source>Its schema version &quot;%1&quot; is not valid.</source>
        <translation>Ihre Schemaversion „%1“ ist ungültig.</translation>
    </message>
</context>
<context>
    <name>Stageboard::ServerRoles</name>
    <message>
        <location filename="../model/storage/serverroles.cpp" line="440"/>
        <source>Roles are set up on a PostgreSQL server; %1 is a file, which only its owner&apos;s account can open.</source>
        <translation>Rollen werden auf einem PostgreSQL-Server eingerichtet; %1 ist eine Datei, die nur das Konto ihres Eigentümers öffnen kann.</translation>
    </message>
    <message>
        <location filename="../model/storage/serverroles.cpp" line="446"/>
        <source>Cannot set up the roles on %1: %2</source>
        <translation>Die Rollen auf %1 können nicht eingerichtet werden: %2</translation>
    </message>
</context>
<context>
    <name>Stageboard::SignOff</name>
    <message>
        <location filename="../model/core/types.cpp" line="260"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../model/core/types.cpp" line="261"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../model/core/types.cpp" line="262"/>
        <source>Close date</source>
        <translation>Abschlussdatum</translation>
    </message>
    <message>
        <location filename="../model/core/types.cpp" line="263"/>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <location filename="../model/core/types.cpp" line="264"/>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../model/core/types.cpp" line="265"/>
        <source>Account</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../model/core/types.cpp" line="266"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../model/core/types.cpp" line="267"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../model/core/types.cpp" line="268"/>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location filename="../model/core/types.cpp" line="271"/>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location filename="../model/core/types.cpp" line="272"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../model/core/types.cpp" line="273"/>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <location filename="../model/core/types.cpp" line="274"/>
        <source>Re-opened</source>
        <translation>Wieder geöffnet</translation>
    </message>
</context>
<context>
    <name>Stageboard::SqlStorage</name>
    <message>
        <location filename="../model/storage/sqlpart.cpp" line="25"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstorage.cpp" line="120"/>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstorage.cpp" line="127"/>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Der Ordner %1 für die Datenbank kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstorage.cpp" line="130"/>
        <source>Cannot create the database file %1.</source>
        <translation>Die Datenbankdatei %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstorage.cpp" line="134"/>
        <source>%1 cannot be written to: it is read-only. Check its permissions, or open a copy.</source>
        <translation>%1 kann nicht beschrieben werden: Die Datei ist schreibgeschützt. Prüfen Sie die Berechtigungen oder öffnen Sie eine Kopie.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstorage.cpp" line="138"/>
        <source>%1 is damaged: it is %2 bytes long, but its header says %3. It was probably cut short by an interrupted copy or download. It has not been changed; restore it from a backup.</source>
        <translation>%1 ist beschädigt: Sie ist %2 Byte lang, laut Kopf aber %3. Vermutlich wurde sie durch ein unterbrochenes Kopieren oder Herunterladen abgeschnitten. Sie wurde nicht verändert; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstorage.cpp" line="164"/>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>Der Qt-SQLite-Treiber (QSQLITE) ist nicht installiert.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstorage.cpp" line="168"/>
        <location filename="../model/storage/sqlstorage.cpp" line="180"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstorage.cpp" line="181"/>
        <source>%1 is not a Stageboard database, or it is damaged: %2</source>
        <translation>%1 ist keine Stageboard-Datenbank oder beschädigt: %2</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstorage.cpp" line="190"/>
        <location filename="../model/storage/sqlstorage.cpp" line="379"/>
        <source>Cannot prepare the database</source>
        <translation>Die Datenbank kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstorage.cpp" line="195"/>
        <source>%1 cannot be written: %2. Another program may be using it.</source>
        <translation>%1 kann nicht beschrieben werden: %2. Vielleicht verwendet ein anderes Programm sie.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstorage.cpp" line="214"/>
        <location filename="../model/storage/sqlstorage.cpp" line="216"/>
        <location filename="../model/storage/sqlstorage.cpp" line="225"/>
        <source>Cannot back up the database before upgrading it</source>
        <translation>Die Datenbank kann vor dem Aktualisieren nicht gesichert werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstorage.cpp" line="230"/>
        <source>schema %1 of %2</source>
        <translation>Schema %1 von %2</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstorage.cpp" line="261"/>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed; on Debian it is in the package libqt6sql6-psql.</source>
        <translation>Der Qt-PostgreSQL-Treiber (QPSQL) ist nicht installiert; unter Debian ist er im Paket libqt6sql6-psql.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstorage.cpp" line="275"/>
        <location filename="../model/storage/sqlstorage.cpp" line="334"/>
        <source>Cannot connect to %1: %2</source>
        <translation>Keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstorage.cpp" line="288"/>
        <source>&quot;%1&quot; cannot be the name of a new database: use letters, digits, _ and - (up to 63, starting with a letter).</source>
        <translation>„%1“ kann nicht der Name einer neuen Datenbank sein: Verwenden Sie Buchstaben, Ziffern, _ und - (bis zu 63, beginnend mit einem Buchstaben).</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstorage.cpp" line="304"/>
        <source>Cannot connect to the server of %1: %2</source>
        <translation>Keine Verbindung zum Server von %1: %2</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstorage.cpp" line="313"/>
        <source>Cannot create the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstorage.cpp" line="356"/>
        <source>%1 is not a Stageboard database: %2</source>
        <translation>%1 ist keine Stageboard-Datenbank: %2</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstorage.cpp" line="359"/>
        <source>%1 was written by a newer version of Stageboard (database version %2; this version reads up to %3). It has not been changed. Please update Stageboard.</source>
        <translation>%1 wurde von einer neueren Stageboard-Version geschrieben (Datenbankversion %2; diese Version liest bis %3). Sie wurde nicht verändert. Bitte aktualisieren Sie Stageboard.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstorage.cpp" line="241"/>
        <source>Cannot write the backup %1 before upgrading %2; nothing was changed.</source>
        <translation>Die Sicherung %1 kann vor dem Aktualisieren von %2 nicht geschrieben werden; nichts wurde verändert.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstorage.cpp" line="386"/>
        <location filename="../model/storage/sqlstorage.cpp" line="405"/>
        <location filename="../model/storage/sqlstorage.cpp" line="408"/>
        <source>Cannot upgrade the database</source>
        <translation>Die Datenbank kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlbulkwriter.cpp" line="651"/>
        <source>Cannot index the data</source>
        <translation>Die Daten können nicht indiziert werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessstore.cpp" line="41"/>
        <location filename="../model/storage/sqlprocessstore.cpp" line="48"/>
        <location filename="../model/storage/sqlprocessstore.cpp" line="63"/>
        <source>Cannot store the default process</source>
        <translation>Der Standardprozess kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessstore.cpp" line="114"/>
        <location filename="../model/storage/sqlprocessstore.cpp" line="130"/>
        <source>Cannot store the roles owning the stage</source>
        <translation>Die Rollen, denen die Phase gehört, können nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessstore.cpp" line="210"/>
        <source>A sign-off needs the name of the role that gives it.</source>
        <translation>Eine Freigabe braucht den Namen der Rolle, die sie erteilt.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessstore.cpp" line="226"/>
        <source>Cannot add the role &quot;%1&quot;</source>
        <translation>Die Rolle „%1“ kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessstore.cpp" line="289"/>
        <source>Cannot read the stage guidance</source>
        <translation>Der Phasenleitfaden kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessstore.cpp" line="148"/>
        <source>Cannot store the stage guidance</source>
        <translation>Der Phasenleitfaden kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessstore.cpp" line="102"/>
        <source>Cannot store the stage &quot;%1&quot;</source>
        <translation>Die Phase „%1“ kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessstore.cpp" line="164"/>
        <source>Cannot store the exit criteria</source>
        <translation>Die Ausstiegskriterien können nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlpart.cpp" line="57"/>
        <source>Cannot update the checklist progress</source>
        <translation>Der Checklisten-Fortschritt kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessstore.cpp" line="322"/>
        <location filename="../model/storage/sqlprocessstore.cpp" line="335"/>
        <source>Cannot add the pipeline</source>
        <translation>Die Pipeline kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessstore.cpp" line="324"/>
        <source>There is already a pipeline named &quot;%1&quot;; rename it, or the one to add, first.</source>
        <translation>Es gibt bereits eine Pipeline „%1“; benennen Sie zuerst sie oder die hinzuzufügende um.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessstore.cpp" line="371"/>
        <source>There is no pipeline %1.</source>
        <translation>Es gibt keine Pipeline %1.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="40"/>
        <source>There is no stage %1 to remove.</source>
        <translation>Es gibt keine Phase %1 zum Entfernen.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="42"/>
        <source>The deals in &quot;%1&quot; must go to another stage of the same pipeline.</source>
        <translation>Die Deals in „%1“ müssen in eine andere Phase derselben Pipeline.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="50"/>
        <source>&quot;%1&quot; is the pipeline&apos;s only open stage; add another before removing it.</source>
        <translation>„%1“ ist die einzige offene Phase der Pipeline; fügen Sie eine weitere hinzu, bevor Sie sie entfernen.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="67"/>
        <source>Stage &quot;%1&quot; was removed from the process; its deals moved to &quot;%2&quot;.</source>
        <translation>Die Phase „%1“ wurde aus dem Prozess genommen; ihre Deals wechselten nach „%2“.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="62"/>
        <location filename="../model/storage/sqlprocessedit.cpp" line="83"/>
        <location filename="../model/storage/sqlprocessedit.cpp" line="93"/>
        <location filename="../model/storage/sqlprocessedit.cpp" line="101"/>
        <location filename="../model/storage/sqlprocessedit.cpp" line="109"/>
        <source>Cannot remove the stage</source>
        <translation>Die Phase kann nicht entfernt werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="21"/>
        <source>Cannot tell the others about the change</source>
        <translation>Die anderen können nicht über die Änderung informiert werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="121"/>
        <source>A stage needs a name.</source>
        <translation>Eine Phase braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="123"/>
        <source>Stage &quot;%1&quot;: probability must be from 0 to 100, not %2.</source>
        <translation>Phase „%1“: Die Wahrscheinlichkeit muss von 0 bis 100 reichen, nicht %2.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="127"/>
        <source>Stage &quot;%1&quot;: the age limit must be from 1 to 3650 days, not %2.</source>
        <translation>Phase „%1“: Die Altersgrenze muss von 1 bis 3650 Tagen reichen, nicht %2.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="137"/>
        <source>Cannot check the stage</source>
        <translation>Die Phase kann nicht geprüft werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="139"/>
        <source>This pipeline already has a stage named &quot;%1&quot;.</source>
        <translation>Diese Pipeline hat bereits eine Phase „%1“.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="167"/>
        <source>Cannot save the stage</source>
        <translation>Die Phase kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="169"/>
        <source>There is no stage %1 to save.</source>
        <translation>Es gibt keine Phase %1 zum Speichern.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="192"/>
        <location filename="../model/storage/sqlprocessedit.cpp" line="202"/>
        <location filename="../model/storage/sqlprocessedit.cpp" line="210"/>
        <source>Cannot add the stage</source>
        <translation>Die Phase kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="194"/>
        <source>There is already a stage %1.</source>
        <translation>Es gibt bereits eine Phase %1.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="231"/>
        <location filename="../model/storage/sqlprocessedit.cpp" line="246"/>
        <source>Cannot reorder the stages</source>
        <translation>Die Phasen können nicht umgeordnet werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="239"/>
        <source>The new order must name every stage of the pipeline once.</source>
        <translation>Die neue Reihenfolge muss jede Phase der Pipeline genau einmal nennen.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="258"/>
        <source>A recommended activity needs a text.</source>
        <translation>Eine empfohlene Aktivität braucht einen Text.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="262"/>
        <source>An exit criterion needs a text.</source>
        <translation>Ein Ausstiegskriterium braucht einen Text.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="275"/>
        <source>Cannot save the checklist of the stage</source>
        <translation>Die Checkliste der Phase kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="413"/>
        <source>There is no removed stage %1 to bring back.</source>
        <translation>Es gibt keine entfernte Phase %1 zum Zurückholen.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="422"/>
        <source>Cannot bring the stage back</source>
        <translation>Die Phase kann nicht zurückgeholt werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="441"/>
        <source>Stage &quot;%1&quot; was put back into the process; its deals moved back.</source>
        <translation>Die Phase „%1“ wurde wieder in den Prozess aufgenommen; ihre Deals wechselten zurück.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="486"/>
        <source>Cannot delete the stage</source>
        <translation>Die Phase kann nicht gelöscht werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="498"/>
        <source>There is no stage %1 to delete.</source>
        <translation>Es gibt keine Phase %1 zum Löschen.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="500"/>
        <source>This stage has held deals, so the ledger needs it: remove it from the process instead.</source>
        <translation>Diese Phase hat Deals enthalten, daher braucht das Protokoll sie: Nehmen Sie sie stattdessen aus dem Prozess.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="533"/>
        <source>A pipeline needs a name.</source>
        <translation>Eine Pipeline braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="543"/>
        <location filename="../model/storage/sqlprocessedit.cpp" line="551"/>
        <source>Cannot rename the pipeline</source>
        <translation>Die Pipeline kann nicht umbenannt werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="545"/>
        <source>There is already a pipeline named &quot;%1&quot;.</source>
        <translation>Es gibt bereits eine Pipeline „%1“.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="553"/>
        <source>There is no pipeline %1 to rename.</source>
        <translation>Es gibt keine Pipeline %1 zum Umbenennen.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="565"/>
        <source>Cannot delete the pipeline</source>
        <translation>Die Pipeline kann nicht gelöscht werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="577"/>
        <source>This pipeline has held deals, and the ledger needs its stages; it cannot be deleted.</source>
        <translation>Diese Pipeline hat Deals enthalten, und das Protokoll braucht ihre Phasen; sie kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessedit.cpp" line="581"/>
        <source>The last pipeline cannot be deleted.</source>
        <translation>Die letzte Pipeline kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessstore.cpp" line="420"/>
        <source>Cannot read the pipelines</source>
        <translation>Die Pipelines können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessstore.cpp" line="440"/>
        <location filename="../model/storage/sqlprocessstore.cpp" line="470"/>
        <source>Cannot read the stages</source>
        <translation>Die Phasen können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlengagementstore.cpp" line="80"/>
        <location filename="../model/storage/sqlprocessstore.cpp" line="487"/>
        <source>Cannot read the activities</source>
        <translation>Die Aktivitäten können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldebriefstore.cpp" line="66"/>
        <source>Cannot read the debriefs</source>
        <translation>Die Nachbesprechungen lassen sich nicht lesen</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldebriefstore.cpp" line="102"/>
        <source>Activity %1 has no debrief yet.</source>
        <translation>Aktivität %1 hat noch keine Nachbesprechung.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldebriefstore.cpp" line="114"/>
        <location filename="../model/storage/sqlengagementstore.cpp" line="94"/>
        <source>Cannot read the activity</source>
        <translation>Die Aktivität kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldebriefstore.cpp" line="116"/>
        <location filename="../model/storage/sqlengagementstore.cpp" line="106"/>
        <location filename="../model/storage/sqlengagementstore.cpp" line="145"/>
        <source>The activity %1 does not exist.</source>
        <translation>Die Aktivität %1 gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldebriefstore.cpp" line="124"/>
        <source>&quot;%1&quot; is not a call or a meeting; only those are debriefed.</source>
        <translation>„%1“ ist weder Anruf noch Termin; nur diese werden nachbesprochen.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldebriefstore.cpp" line="133"/>
        <source>The debrief of &quot;%1&quot; is empty: say what went well or what to improve.</source>
        <translation>Die Nachbesprechung von „%1“ ist leer: sagen Sie, was gut lief oder was besser werden soll.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldebriefstore.cpp" line="161"/>
        <source>Cannot save the debrief</source>
        <translation>Die Nachbesprechung lässt sich nicht speichern</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldebriefstore.cpp" line="184"/>
        <source>Ask a peer or a manager to review a debrief, not its author.</source>
        <translation>Bitten Sie einen Kollegen oder Manager um die Durchsicht, nicht den Verfasser.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldebriefstore.cpp" line="193"/>
        <source>Cannot ask for the review</source>
        <translation>Die Durchsicht lässt sich nicht anfragen</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldebriefstore.cpp" line="201"/>
        <source>Write what the rep should keep doing or change.</source>
        <translation>Schreiben Sie, was der Vertriebler beibehalten oder ändern soll.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldebriefstore.cpp" line="210"/>
        <location filename="../model/storage/sqllookbackstore.cpp" line="314"/>
        <source>Cannot save the review</source>
        <translation>Die Durchsicht lässt sich nicht speichern</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldebriefstore.cpp" line="226"/>
        <location filename="../model/storage/sqldebriefstore.cpp" line="240"/>
        <source>Cannot read the objections</source>
        <translation>Die Einwände lassen sich nicht lesen</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldebriefstore.cpp" line="242"/>
        <source>The objection %1 does not exist.</source>
        <translation>Den Einwand %1 gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldebriefstore.cpp" line="255"/>
        <source>An objection needs its text.</source>
        <translation>Ein Einwand braucht einen Text.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldebriefstore.cpp" line="268"/>
        <source>Cannot add the objection</source>
        <translation>Der Einwand lässt sich nicht hinzufügen</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldebriefstore.cpp" line="286"/>
        <source>Cannot mark the objection resolved</source>
        <translation>Der Einwand lässt sich nicht als ausgeräumt markieren</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlengagementstore.cpp" line="124"/>
        <source>Cannot add the activity</source>
        <translation>Die Aktivität kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlengagementstore.cpp" line="140"/>
        <source>The activity %1 was changed elsewhere since it was read; nothing was saved. Look at it again and retry.</source>
        <translation>Die Aktivität %1 wurde seit dem Lesen anderswo geändert; nichts wurde gespeichert. Sehen Sie sie sich erneut an und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlengagementstore.cpp" line="167"/>
        <source>Cannot save the activity</source>
        <translation>Die Aktivität kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlengagementstore.cpp" line="193"/>
        <source>Cannot mark the activity done</source>
        <translation>Die Aktivität kann nicht als erledigt markiert werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlengagementstore.cpp" line="213"/>
        <source>Cannot delete the activity</source>
        <translation>Die Aktivität kann nicht gelöscht werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="396"/>
        <location filename="../model/storage/sqlprocessstore.cpp" line="508"/>
        <source>Cannot read the exit criteria</source>
        <translation>Die Ausstiegskriterien können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessstore.cpp" line="542"/>
        <source>Cannot read the close reasons</source>
        <translation>Die Abschlussgründe können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlprocessstore.cpp" line="563"/>
        <source>Cannot store the close reason</source>
        <translation>Der Abschlussgrund kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="380"/>
        <source>Cannot read the checklist</source>
        <translation>Die Checkliste kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="439"/>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="449"/>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="459"/>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="494"/>
        <source>Cannot save the checklist</source>
        <translation>Die Checkliste kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldirectory.cpp" line="22"/>
        <location filename="../model/storage/sqldirectory.cpp" line="39"/>
        <source>Cannot read the users</source>
        <translation>Die Benutzer können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldirectory.cpp" line="52"/>
        <source>Cannot read the accounts</source>
        <translation>Die Firmen können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldirectory.cpp" line="84"/>
        <source>A user needs a name.</source>
        <translation>Ein Benutzer braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldirectory.cpp" line="86"/>
        <location filename="../model/storage/sqldirectory.cpp" line="158"/>
        <location filename="../model/storage/sqllookbackstore.cpp" line="81"/>
        <location filename="../model/storage/sqlterritorystore.cpp" line="67"/>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldirectory.cpp" line="97"/>
        <location filename="../model/storage/sqldirectory.cpp" line="105"/>
        <source>Cannot change the user %1</source>
        <translation>Der Benutzer %1 kann nicht geändert werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldirectory.cpp" line="99"/>
        <source>The user %1 no longer exists.</source>
        <translation>Den Benutzer %1 gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldirectory.cpp" line="107"/>
        <source>%1 is the last active admin: make someone else an admin first, so that somebody can still change users and the process.</source>
        <translation>%1 ist der letzte aktive Admin: Machen Sie zuerst jemand anderen zum Admin, damit noch jemand Benutzer und Prozess ändern kann.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldirectory.cpp" line="129"/>
        <location filename="../model/storage/sqldirectory.cpp" line="143"/>
        <location filename="../model/storage/sqlprocessstore.cpp" line="199"/>
        <location filename="../model/storage/sqlprocessstore.cpp" line="215"/>
        <location filename="../model/storage/sqlprocessstore.cpp" line="262"/>
        <source>Cannot read the roles</source>
        <translation>Die Rollen können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldirectory.cpp" line="156"/>
        <source>A role needs a name.</source>
        <translation>Eine Rolle braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldirectory.cpp" line="160"/>
        <source>Description: longer than %1 characters.</source>
        <translation>Beschreibung: länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldirectory.cpp" line="162"/>
        <source>Cannot add the role %1</source>
        <translation>Die Rolle %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldirectory.cpp" line="163"/>
        <source>Cannot change the role %1</source>
        <translation>Die Rolle %1 kann nicht geändert werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldirectory.cpp" line="177"/>
        <source>There is already a role called %1.</source>
        <translation>Es gibt schon eine Rolle %1.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldirectory.cpp" line="200"/>
        <source>The role %1 no longer exists.</source>
        <translation>Die Rolle %1 gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldirectory.cpp" line="220"/>
        <source>%1: user %2 does not exist.</source>
        <translation>%1: Benutzer %2 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqldirectory.cpp" line="236"/>
        <location filename="../model/storage/sqldirectory.cpp" line="248"/>
        <location filename="../model/storage/sqldirectory.cpp" line="260"/>
        <location filename="../model/storage/sqldirectory.cpp" line="265"/>
        <source>Cannot remove the role</source>
        <translation>Die Rolle kann nicht entfernt werden</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/storage/sqldirectory.cpp" line="238"/>
        <source>The role signs off %n exit criteria; choose another role for them first.</source>
        <translation>
            <numerusform>Die Rolle gibt %n Ausstiegskriterium frei; wählen Sie dafür zuerst eine andere Rolle.</numerusform>
            <numerusform>Die Rolle gibt %n Ausstiegskriterien frei; wählen Sie dafür zuerst eine andere Rolle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/storage/sqldirectory.cpp" line="250"/>
        <source>The role owns %n stages; take it off them in the process editor first.</source>
        <translation>
            <numerusform>Der Rolle gehört %n Phase; nehmen Sie sie zuerst im Prozesseditor davon weg.</numerusform>
            <numerusform>Der Rolle gehören %n Phasen; nehmen Sie sie zuerst im Prozesseditor davon weg.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="29"/>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="67"/>
        <source>Cannot read the opportunities</source>
        <translation>Die Verkaufschancen können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="43"/>
        <source>Cannot read the opportunity</source>
        <translation>Die Verkaufschance kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="45"/>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="360"/>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="366"/>
        <source>The opportunity %1 no longer exists.</source>
        <translation>Die Verkaufschance %1 gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlforecaststore.cpp" line="79"/>
        <source>Cannot read the deals to forecast</source>
        <translation>Die Deals für die Prognose können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlforecaststore.cpp" line="112"/>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="93"/>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="106"/>
        <source>Cannot read the stage history</source>
        <translation>Der Phasenverlauf kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlforecaststore.cpp" line="135"/>
        <source>Cannot read the quotas</source>
        <translation>Die Quoten können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlforecaststore.cpp" line="155"/>
        <source>A quota needs a month and an amount of zero or more.</source>
        <translation>Eine Quote braucht einen Monat und einen Betrag von null oder mehr.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlforecaststore.cpp" line="159"/>
        <location filename="../model/storage/sqlforecaststore.cpp" line="166"/>
        <source>Cannot save the quotas</source>
        <translation>Die Quoten können nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlforecaststore.cpp" line="177"/>
        <source>Cannot read the currency</source>
        <translation>Die Währung kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlforecaststore.cpp" line="188"/>
        <source>Cannot read the exchange rates</source>
        <translation>Die Wechselkurse können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlforecaststore.cpp" line="200"/>
        <source>The reporting currency cannot be empty.</source>
        <translation>Die Berichtswährung darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlforecaststore.cpp" line="203"/>
        <source>An exchange rate has no currency.</source>
        <translation>Ein Wechselkurs hat keine Währung.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlforecaststore.cpp" line="206"/>
        <source>The exchange rate of %1 must be a number above zero.</source>
        <translation>Der Wechselkurs von %1 muss eine Zahl über null sein.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlforecaststore.cpp" line="217"/>
        <location filename="../model/storage/sqlforecaststore.cpp" line="219"/>
        <source>Cannot save the currencies</source>
        <translation>Die Währungen können nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlforecaststore.cpp" line="225"/>
        <source>Cannot save the exchange rate of %1</source>
        <translation>Der Wechselkurs von %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlforecaststore.cpp" line="241"/>
        <location filename="../model/storage/sqlforecaststore.cpp" line="256"/>
        <source>Cannot record the forecast snapshot</source>
        <translation>Die Prognose-Momentaufnahme kann nicht festgehalten werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlforecaststore.cpp" line="284"/>
        <location filename="../model/storage/sqlforecaststore.cpp" line="299"/>
        <source>Cannot read the forecast snapshots</source>
        <translation>Die Prognose-Momentaufnahmen können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlforecaststore.cpp" line="50"/>
        <source>Cannot add up the pipeline</source>
        <translation>Die Pipeline kann nicht summiert werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="81"/>
        <source>Cannot count the opportunities in %1.</source>
        <translation>Die Verkaufschancen in %1 können nicht gezählt werden.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="126"/>
        <source>The stage %1 no longer exists.</source>
        <translation>Die Phase %1 gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="141"/>
        <source>Cannot create the opportunity</source>
        <translation>Die Verkaufschance kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="156"/>
        <source>Cannot record the new opportunity</source>
        <translation>Die neue Verkaufschance kann nicht festgehalten werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="191"/>
        <source>Cannot save the opportunity</source>
        <translation>Die Verkaufschance kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="223"/>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="242"/>
        <source>Cannot re-open the sign-offs</source>
        <translation>Die Freigaben können nicht wieder geöffnet werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="275"/>
        <source>Cannot record the sign-off</source>
        <translation>Die Freigabe kann nicht festgehalten werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="300"/>
        <source>Cannot move the opportunity</source>
        <translation>Die Verkaufschance kann nicht verschoben werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="306"/>
        <source>Cannot record the move</source>
        <translation>Das Verschieben kann nicht festgehalten werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="325"/>
        <source>Cannot record the close</source>
        <translation>Der Abschluss kann nicht festgehalten werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="339"/>
        <source>The opportunity %1 was changed or deleted elsewhere since it was read; nothing was saved. Look at it again and retry.</source>
        <translation>Die Verkaufschance %1 wurde seit dem Lesen anderswo geändert oder gelöscht; nichts wurde gespeichert. Sehen Sie sie sich erneut an und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlopportunitystore.cpp" line="358"/>
        <source>Cannot delete the opportunity</source>
        <translation>Die Verkaufschance kann nicht gelöscht werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlbulkwriter.cpp" line="591"/>
        <location filename="../model/storage/sqlbulkwriter.cpp" line="602"/>
        <location filename="../model/storage/sqlbulkwriter.cpp" line="609"/>
        <location filename="../model/storage/sqlbulkwriter.cpp" line="618"/>
        <location filename="../model/storage/sqlbulkwriter.cpp" line="646"/>
        <source>Cannot write the data</source>
        <translation>Die Daten können nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlcontactstore.cpp" line="118"/>
        <location filename="../model/storage/sqlcontactstore.cpp" line="145"/>
        <location filename="../model/storage/sqlcontactstore.cpp" line="171"/>
        <location filename="../model/storage/sqlcontactstore.cpp" line="196"/>
        <source>Cannot read the contacts</source>
        <translation>Die Kontakte können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlcontactstore.cpp" line="185"/>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="249"/>
        <source>Cannot read the contact</source>
        <translation>Der Kontakt kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlcontactstore.cpp" line="206"/>
        <location filename="../model/storage/sqlcontactstore.cpp" line="279"/>
        <source>The contact %1 does not exist.</source>
        <translation>Den Kontakt %1 gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlcontactstore.cpp" line="224"/>
        <source>Cannot add the contact</source>
        <translation>Der Kontakt kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlcontactstore.cpp" line="249"/>
        <source>Cannot save the contact</source>
        <translation>Der Kontakt kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlcontactstore.cpp" line="251"/>
        <source>The contact %1 was changed elsewhere since it was read; nothing was saved. Look at it again and retry.</source>
        <translation>Der Kontakt %1 wurde seit dem Lesen anderswo geändert; nichts wurde gespeichert. Sehen Sie ihn sich erneut an und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlcontactstore.cpp" line="277"/>
        <source>Cannot delete the contact</source>
        <translation>Der Kontakt kann nicht gelöscht werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="77"/>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="91"/>
        <source>Cannot read the buying roles</source>
        <translation>Die Einkaufsrollen lassen sich nicht lesen</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="93"/>
        <source>The buying role %1 does not exist.</source>
        <translation>Die Einkaufsrolle %1 gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="101"/>
        <source>A buying role needs a name.</source>
        <translation>Eine Einkaufsrolle braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="103"/>
        <source>A buying role&apos;s name is one line of at most 80 characters.</source>
        <translation>Der Name einer Einkaufsrolle ist eine Zeile mit höchstens 80 Zeichen.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="109"/>
        <source>There is already a buying role &quot;%1&quot;.</source>
        <translation>Es gibt schon eine Einkaufsrolle „%1“.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="124"/>
        <source>Cannot add the buying role</source>
        <translation>Die Einkaufsrolle lässt sich nicht hinzufügen</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="161"/>
        <source>Cannot rename the buying role</source>
        <translation>Die Einkaufsrolle lässt sich nicht umbenennen</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="175"/>
        <source>Cannot remove the buying role</source>
        <translation>Die Einkaufsrolle lässt sich nicht entfernen</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="225"/>
        <source>Cannot read the stakeholders</source>
        <translation>Die Beteiligten lassen sich nicht lesen</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="240"/>
        <source>Cannot read the deal</source>
        <translation>Der Deal lässt sich nicht lesen</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="242"/>
        <source>There is no opportunity %1.</source>
        <translation>Es gibt keine Verkaufschance %1.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="251"/>
        <source>There is no contact %1.</source>
        <translation>Es gibt keinen Kontakt %1.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="273"/>
        <source>%1 can report only to another stakeholder of this deal.</source>
        <translation>%1 kann nur einem anderen Beteiligten dieses Deals unterstehen.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="278"/>
        <source>%1 cannot report to someone who reports to them.</source>
        <translation>%1 kann nicht jemandem unterstehen, der ihm selbst untersteht.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="301"/>
        <source>Cannot save the stakeholder</source>
        <translation>Der Beteiligte lässt sich nicht speichern</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="315"/>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="322"/>
        <source>Cannot remove the stakeholder</source>
        <translation>Der Beteiligte lässt sich nicht entfernen</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlstakeholderstore.cpp" line="324"/>
        <source>Contact %1 is not a stakeholder of deal %2.</source>
        <translation>Kontakt %1 ist kein Beteiligter von Deal %2.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlsignoffstore.cpp" line="42"/>
        <location filename="../model/storage/sqlsignoffstore.cpp" line="58"/>
        <source>Cannot read the sign-off log</source>
        <translation>Das Freigabeprotokoll kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlsignoffstore.cpp" line="106"/>
        <source>Cannot read the sign-offs waiting</source>
        <translation>Die wartenden Freigaben können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqllookbackstore.cpp" line="53"/>
        <source>longer than %1 characters.</source>
        <translation>länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqllookbackstore.cpp" line="65"/>
        <source>Cannot read the competitors</source>
        <translation>Die Wettbewerber können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqllookbackstore.cpp" line="79"/>
        <source>A competitor needs a name.</source>
        <translation>Ein Wettbewerber braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqllookbackstore.cpp" line="83"/>
        <source>Description: %1</source>
        <translation>Beschreibung: %1</translation>
    </message>
    <message>
        <location filename="../model/storage/sqllookbackstore.cpp" line="85"/>
        <source>Cannot add the competitor %1</source>
        <translation>Der Wettbewerber %1 kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqllookbackstore.cpp" line="86"/>
        <source>Cannot change the competitor %1</source>
        <translation>Der Wettbewerber %1 kann nicht geändert werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqllookbackstore.cpp" line="96"/>
        <source>There is already a competitor called %1.</source>
        <translation>Es gibt bereits einen Wettbewerber namens %1.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqllookbackstore.cpp" line="118"/>
        <source>The competitor %1 no longer exists.</source>
        <translation>Den Wettbewerber %1 gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqllookbackstore.cpp" line="133"/>
        <location filename="../model/storage/sqllookbackstore.cpp" line="143"/>
        <source>Cannot remove the competitor</source>
        <translation>Der Wettbewerber kann nicht entfernt werden</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/storage/sqllookbackstore.cpp" line="135"/>
        <source>Deals name this competitor (%n time(s)); it stays in the list so that their history keeps it.</source>
        <translation>
            <numerusform>Verkaufschancen nennen diesen Wettbewerber (%n Mal); er bleibt in der Liste, damit ihre Historie ihn behält.</numerusform>
            <numerusform>Verkaufschancen nennen diesen Wettbewerber (%n Mal); er bleibt in der Liste, damit ihre Historie ihn behält.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/storage/sqllookbackstore.cpp" line="157"/>
        <source>Cannot read the deal&apos;s competitors</source>
        <translation>Die Wettbewerber der Verkaufschance können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqllookbackstore.cpp" line="170"/>
        <source>Strengths: %1</source>
        <translation>Stärken: %1</translation>
    </message>
    <message>
        <location filename="../model/storage/sqllookbackstore.cpp" line="172"/>
        <source>Weaknesses: %1</source>
        <translation>Schwächen: %1</translation>
    </message>
    <message>
        <location filename="../model/storage/sqllookbackstore.cpp" line="182"/>
        <location filename="../model/storage/sqllookbackstore.cpp" line="193"/>
        <source>Cannot save the deal&apos;s competitor</source>
        <translation>Der Wettbewerber der Verkaufschance kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqllookbackstore.cpp" line="207"/>
        <source>Cannot remove the deal&apos;s competitor</source>
        <translation>Der Wettbewerber der Verkaufschance kann nicht entfernt werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqllookbackstore.cpp" line="232"/>
        <location filename="../model/storage/sqllookbackstore.cpp" line="246"/>
        <location filename="../model/storage/sqllookbackstore.cpp" line="259"/>
        <location filename="../model/storage/sqllookbackstore.cpp" line="273"/>
        <location filename="../model/storage/sqllookbackstore.cpp" line="289"/>
        <source>Cannot read the closed deals</source>
        <translation>Die abgeschlossenen Verkaufschancen können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqllookbackstore.cpp" line="291"/>
        <location filename="../model/storage/sqllookbackstore.cpp" line="316"/>
        <source>The close %1 does not exist.</source>
        <translation>Den Abschluss %1 gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqllookbackstore.cpp" line="299"/>
        <source>A review needs the lesson learned.</source>
        <translation>Eine Auswertung braucht die Erkenntnis.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqllookbackstore.cpp" line="301"/>
        <source>Lesson: %1</source>
        <translation>Erkenntnis: %1</translation>
    </message>
    <message>
        <location filename="../model/storage/sqllookbackstore.cpp" line="303"/>
        <source>Suggested change: %1</source>
        <translation>Vorgeschlagene Änderung: %1</translation>
    </message>
    <message>
        <location filename="../model/storage/sqllookbackstore.cpp" line="441"/>
        <source>Cannot add up the closed deals</source>
        <translation>Die abgeschlossenen Verkaufschancen können nicht zusammengezählt werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqllookbackstore.cpp" line="479"/>
        <source>Cannot read the lessons</source>
        <translation>Die Erkenntnisse können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlcoachingstore.cpp" line="56"/>
        <source>Cannot add up the coaching figures</source>
        <translation>Die Coaching-Zahlen können nicht ermittelt werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlcoachingstore.cpp" line="121"/>
        <source>Cannot read the deals</source>
        <translation>Die Deals können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlcoachingstore.cpp" line="139"/>
        <source>Cannot read the coaching notes</source>
        <translation>Die Coaching-Notizen können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlcoachingstore.cpp" line="151"/>
        <source>A coaching note needs its text.</source>
        <translation>Eine Coaching-Notiz braucht ihren Text.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlcoachingstore.cpp" line="153"/>
        <source>The coaching note is longer than %1 characters.</source>
        <translation>Die Coaching-Notiz ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlcoachingstore.cpp" line="155"/>
        <source>A coaching note needs the rep it is for and its author.</source>
        <translation>Eine Coaching-Notiz braucht ihren Vertriebler und ihren Verfasser.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlcoachingstore.cpp" line="172"/>
        <source>Cannot save the coaching note</source>
        <translation>Die Coaching-Notiz kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlcoachingstore.cpp" line="187"/>
        <source>Cannot mark the coaching note read</source>
        <translation>Die Coaching-Notiz kann nicht als gelesen markiert werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlcoachingstore.cpp" line="189"/>
        <location filename="../model/storage/sqlcoachingstore.cpp" line="204"/>
        <source>The coaching note %1 does not exist.</source>
        <translation>Die Coaching-Notiz %1 gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlcoachingstore.cpp" line="202"/>
        <source>Cannot remove the coaching note</source>
        <translation>Die Coaching-Notiz kann nicht entfernt werden</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlaccountstore.cpp" line="87"/>
        <source>Cannot add up the accounts</source>
        <translation>Die Firmen lassen sich nicht zusammenrechnen</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlaccountstore.cpp" line="114"/>
        <source>Cannot read the account</source>
        <translation>Die Firma lässt sich nicht lesen</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlaccountstore.cpp" line="124"/>
        <source>An account needs a name.</source>
        <translation>Eine Firma braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlaccountstore.cpp" line="125"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlaccountstore.cpp" line="126"/>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlaccountstore.cpp" line="127"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlaccountstore.cpp" line="130"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlaccountstore.cpp" line="133"/>
        <source>Potential: %1 is not an amount from 0 up.</source>
        <translation>Potenzial: %1 ist kein Betrag ab 0.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlaccountstore.cpp" line="135"/>
        <source>Employees: a head count cannot be below 0.</source>
        <translation>Mitarbeitende: Eine Zahl unter 0 geht nicht.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlaccountstore.cpp" line="139"/>
        <source>Cannot save the account %1</source>
        <translation>Die Firma %1 lässt sich nicht speichern</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlaccountstore.cpp" line="149"/>
        <source>There is already an account called %1.</source>
        <translation>Es gibt schon eine Firma namens %1.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlaccountstore.cpp" line="158"/>
        <source>The territory of %1 no longer exists; choose another.</source>
        <translation>Das Gebiet von %1 gibt es nicht mehr; wählen Sie ein anderes.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlaccountstore.cpp" line="177"/>
        <source>The account %1 was changed elsewhere since it was read; nothing was saved. Look at it again and retry.</source>
        <translation>Die Firma %1 wurde anderswo geändert, seit sie gelesen wurde; nichts wurde gespeichert. Sehen Sie sie erneut an und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlaccountstore.cpp" line="186"/>
        <source>The account %1 no longer exists.</source>
        <translation>Die Firma %1 gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlterritorystore.cpp" line="51"/>
        <source>Cannot read the territories</source>
        <translation>Die Gebiete lassen sich nicht lesen</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlterritorystore.cpp" line="65"/>
        <source>A territory needs a name.</source>
        <translation>Ein Gebiet braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlterritorystore.cpp" line="71"/>
        <source>Cannot save the territory %1</source>
        <translation>Das Gebiet %1 lässt sich nicht speichern</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlterritorystore.cpp" line="79"/>
        <source>There is already a territory called %1.</source>
        <translation>Es gibt schon ein Gebiet namens %1.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlterritorystore.cpp" line="83"/>
        <source>The territory that was to hold %1 no longer exists.</source>
        <translation>Das Gebiet, das %1 enthalten sollte, gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlterritorystore.cpp" line="88"/>
        <source>%1 cannot be inside itself or one of the territories in it.</source>
        <translation>%1 kann nicht in sich selbst oder einem seiner Gebiete liegen.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlterritorystore.cpp" line="113"/>
        <source>The territory %1 no longer exists.</source>
        <translation>Das Gebiet %1 gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlterritorystore.cpp" line="125"/>
        <source>Cannot remove the territory</source>
        <translation>Das Gebiet lässt sich nicht entfernen</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlterritorystore.cpp" line="132"/>
        <source>The territory no longer exists.</source>
        <translation>Das Gebiet gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlterritorystore.cpp" line="166"/>
        <source>Cannot read the territory rules</source>
        <translation>Die Gebietsregeln lassen sich nicht lesen</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlterritorystore.cpp" line="183"/>
        <source>Rule %1: the head count from %L2 to %L3 is no band; give the least first (0 for no bound).</source>
        <translation>Regel %1: Mitarbeitende von %L2 bis %L3 ist kein Bereich; geben Sie zuerst die kleinere Zahl an (0 für keine Grenze).</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlterritorystore.cpp" line="193"/>
        <source>Cannot save the territory rules</source>
        <translation>Die Gebietsregeln lassen sich nicht speichern</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlterritorystore.cpp" line="211"/>
        <source>Rule %1: its territory no longer exists; choose another.</source>
        <translation>Regel %1: Ihr Gebiet gibt es nicht mehr; wählen Sie ein anderes.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlterritorystore.cpp" line="239"/>
        <source>Cannot move the accounts</source>
        <translation>Die Firmen lassen sich nicht verschieben</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlterritorystore.cpp" line="241"/>
        <source>An account was moved or removed elsewhere since the rules were previewed; nothing was moved. Preview the rules again.</source>
        <translation>Eine Firma wurde seit der Vorschau anderswo verschoben oder entfernt; nichts wurde verschoben. Sehen Sie sich die Vorschau der Regeln erneut an.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlterritorystore.cpp" line="257"/>
        <source>Cannot read the tiers</source>
        <translation>Die Stufen lassen sich nicht lesen</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlterritorystore.cpp" line="277"/>
        <source>Tier %1: contact every 1 to %2 days, not %3.</source>
        <translation>Stufe %1: Kontakt alle 1 bis %2 Tage, nicht %3.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlterritorystore.cpp" line="295"/>
        <source>Cannot save the tiers</source>
        <translation>Die Stufen lassen sich nicht speichern</translation>
    </message>
</context>
<context>
    <name>Stageboard::StageChecklistModel</name>
    <message>
        <location filename="../model/itemmodels/stagechecklistmodel.cpp" line="149"/>
        <source>required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/stagechecklistmodel.cpp" line="149"/>
        <source>advisory</source>
        <translation>empfohlen</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/stagechecklistmodel.cpp" line="151"/>
        <source>sign-off: %1</source>
        <translation>Freigabe: %1</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/stagechecklistmodel.cpp" line="153"/>
        <source>deal killer</source>
        <translation>K.-o.-Kriterium</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/stagechecklistmodel.cpp" line="155"/>
        <source>checks itself</source>
        <translation>prüft sich selbst</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/stagechecklistmodel.cpp" line="156"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/stagechecklistmodel.cpp" line="158"/>
        <source> — %1</source>
        <translation> – %1</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/stagechecklistmodel.cpp" line="161"/>
        <source> — not needed below %1</source>
        <translation> — unter %1 nicht nötig</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/stagechecklistmodel.cpp" line="164"/>
        <source> — answered no</source>
        <translation> — mit Nein beantwortet</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/stagechecklistmodel.cpp" line="164"/>
        <source> — rejected</source>
        <translation> — abgelehnt</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/stagechecklistmodel.cpp" line="175"/>
        <source>Required: the deal cannot leave the stage without it.</source>
        <translation>Pflicht: Der Deal kann die Phase ohne dies nicht verlassen.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/stagechecklistmodel.cpp" line="176"/>
        <source>Advisory: moving on without it only warns.</source>
        <translation>Empfohlen: Weitergehen ohne dies warnt nur.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/stagechecklistmodel.cpp" line="178"/>
        <source>Deal killer: answered no, consider disqualifying the deal.</source>
        <translation>Deal-Killer: mit Nein beantwortet, erwägen Sie, den Deal zu disqualifizieren.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/stagechecklistmodel.cpp" line="181"/>
        <source>%1. It is met or not by itself; it cannot be ticked.</source>
        <translation>%1. Es ist von selbst erfüllt oder nicht; abhaken lässt es sich nicht.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/stagechecklistmodel.cpp" line="185"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/stagechecklistmodel.cpp" line="186"/>
        <source>Signed off</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/stagechecklistmodel.cpp" line="187"/>
        <source>%1 by %2 on %3</source>
        <translation>%1 von %2 am %3</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/stagechecklistmodel.cpp" line="195"/>
        <source>Asked only of deals of at least %1.</source>
        <translation>Nur bei Deals ab %1 verlangt.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/stagechecklistmodel.cpp" line="185"/>
        <source>Answered no</source>
        <translation>Mit Nein beantwortet</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/stagechecklistmodel.cpp" line="186"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/stagechecklistmodel.cpp" line="192"/>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Only %1 or a manager can sign this off.</source>
        <translation type="vanished">Nur %1 oder ein Manager kann dies abzeichnen.</translation>
    </message>
</context>
<context>
    <name>Stageboard::StageColumn</name>
    <message>
        <location filename="../ui/stagecolumn.cpp" line="113"/>
        <source>Stage %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <location filename="../ui/stagecolumn.cpp" line="125"/>
        <source>Total %1
Weighted %2</source>
        <translation>Summe %1
Gewichtet %2</translation>
    </message>
    <message>
        <location filename="../ui/stagecolumn.cpp" line="128"/>
        <source>Sorted by %1</source>
        <translation>Sortiert nach %1</translation>
    </message>
    <message>
        <location filename="../ui/stagecolumn.cpp" line="129"/>
        <source>Expand %1</source>
        <translation>%1 aufklappen</translation>
    </message>
    <message>
        <location filename="../ui/stagecolumn.cpp" line="130"/>
        <source>Collapse %1 to a narrow strip; cards can still be dropped on it</source>
        <translation>%1 zu einem schmalen Streifen einklappen; Karten können weiterhin darauf abgelegt werden</translation>
    </message>
    <message>
        <location filename="../ui/stagecolumn.cpp" line="136"/>
        <source>New opportunity in %1</source>
        <translation>Neue Verkaufschance in %1</translation>
    </message>
    <message>
        <location filename="../ui/stagecolumn.cpp" line="139"/>
        <source>%1 (%2 %)
%3
Owner: %4</source>
        <translation>%1 (%2 %)
%3
Verantwortlich: %4</translation>
    </message>
    <message>
        <location filename="../ui/stagecolumn.cpp" line="143"/>
        <source>none</source>
        <translation>niemand</translation>
    </message>
</context>
<context>
    <name>Stageboard::StageGuide</name>
    <message>
        <location filename="../model/process/stageguide.cpp" line="25"/>
        <source>Sales process: %1</source>
        <translation>Vertriebsprozess: %1</translation>
    </message>
    <message>
        <location filename="../model/process/stageguide.cpp" line="33"/>
        <source>closes a deal as won</source>
        <translation>schließt einen Deal als gewonnen</translation>
    </message>
    <message>
        <location filename="../model/process/stageguide.cpp" line="34"/>
        <source>closes a deal as lost</source>
        <translation>schließt einen Deal als verloren</translation>
    </message>
    <message>
        <location filename="../model/process/stageguide.cpp" line="35"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../model/process/stageguide.cpp" line="37"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../model/process/stageguide.cpp" line="39"/>
        <source>Kind: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <location filename="../model/process/stageguide.cpp" line="39"/>
        <source>Probability of close: %1 %</source>
        <translation>Abschlusswahrscheinlichkeit: %1 %</translation>
    </message>
    <message>
        <location filename="../model/process/stageguide.cpp" line="40"/>
        <source>Forecast category: %1</source>
        <translation>Prognosekategorie: %1</translation>
    </message>
    <message>
        <location filename="../model/process/stageguide.cpp" line="42"/>
        <source>Owned by: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <location filename="../model/process/stageguide.cpp" line="44"/>
        <source>Stalled after %1 days</source>
        <translation>Stockt nach %1 Tagen</translation>
    </message>
    <message>
        <location filename="../model/process/stageguide.cpp" line="50"/>
        <source>Definition:</source>
        <translation>Definition:</translation>
    </message>
    <message>
        <location filename="../model/process/stageguide.cpp" line="53"/>
        <source>Goal:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <location filename="../model/process/stageguide.cpp" line="55"/>
        <source>Recommended activities</source>
        <translation>Empfohlene Aktivitäten</translation>
    </message>
    <message>
        <location filename="../model/process/stageguide.cpp" line="61"/>
        <source>To leave this stage</source>
        <translation>Um diese Phase zu verlassen</translation>
    </message>
    <message>
        <location filename="../model/process/stageguide.cpp" line="63"/>
        <source>required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <location filename="../model/process/stageguide.cpp" line="63"/>
        <source>advisory</source>
        <translation>empfohlen</translation>
    </message>
    <message>
        <location filename="../model/process/stageguide.cpp" line="65"/>
        <source>signed off by %1</source>
        <translation>freigegeben durch %1</translation>
    </message>
    <message>
        <location filename="../model/process/stageguide.cpp" line="67"/>
        <source>deal killer: a &quot;no&quot; suggests disqualifying</source>
        <translation>Deal-Killer: Ein „Nein“ legt nahe zu disqualifizieren</translation>
    </message>
</context>
<context>
    <name>Stageboard::StageGuideDialog</name>
    <message>
        <location filename="../ui/stageguidedialog.cpp" line="35"/>
        <source>Stage Guide</source>
        <translation>Phasenleitfaden</translation>
    </message>
    <message>
        <location filename="../ui/stageguidedialog.cpp" line="39"/>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Pipeline:</translation>
    </message>
    <message>
        <location filename="../ui/stageguidedialog.cpp" line="59"/>
        <source>Stage guide</source>
        <translation>Phasenleitfaden</translation>
    </message>
    <message>
        <location filename="../ui/stageguidedialog.cpp" line="64"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <location filename="../ui/stageguidedialog.cpp" line="65"/>
        <source>Export as P&amp;DF…</source>
        <translation>Als P&amp;DF exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/stageguidedialog.cpp" line="90"/>
        <source>Stage guide: %1</source>
        <translation>Phasenleitfaden: %1</translation>
    </message>
    <message>
        <location filename="../ui/stageguidedialog.cpp" line="109"/>
        <source>Export Stage Guide as PDF</source>
        <translation>Phasenleitfaden als PDF exportieren</translation>
    </message>
    <message>
        <location filename="../ui/stageguidedialog.cpp" line="111"/>
        <source>Stage guide - %1.pdf</source>
        <translation>Phasenleitfaden - %1.pdf</translation>
    </message>
    <message>
        <location filename="../ui/stageguidedialog.cpp" line="112"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Stageboard::StakeholderDialog</name>
    <message>
        <location filename="../ui/buyinggroupview.cpp" line="29"/>
        <source>Add Stakeholder</source>
        <translation>Beteiligten hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/buyinggroupview.cpp" line="37"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/buyinggroupview.cpp" line="39"/>
        <source>A contact at the account, or a new name</source>
        <translation>Ein Kontakt bei der Firma oder ein neuer Name</translation>
    </message>
    <message>
        <location filename="../ui/buyinggroupview.cpp" line="40"/>
        <source>&amp;Contact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <location filename="../ui/buyinggroupview.cpp" line="47"/>
        <source>Buying &amp;role:</source>
        <translation>Einkaufs&amp;rolle:</translation>
    </message>
    <message>
        <location filename="../ui/buyinggroupview.cpp" line="52"/>
        <source>&amp;Stance:</source>
        <translation>&amp;Haltung:</translation>
    </message>
    <message>
        <location filename="../ui/buyinggroupview.cpp" line="57"/>
        <source>&amp;Influence:</source>
        <translation>&amp;Einfluss:</translation>
    </message>
    <message>
        <location filename="../ui/buyinggroupview.cpp" line="59"/>
        <source>Nobody in the group</source>
        <translation>Niemandem in der Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/buyinggroupview.cpp" line="62"/>
        <source>Reports &amp;to:</source>
        <translation>&amp;Untersteht:</translation>
    </message>
</context>
<context>
    <name>Stageboard::Stance</name>
    <message>
        <location filename="../model/core/types.cpp" line="147"/>
        <source>Supporter</source>
        <translation>Unterstützer</translation>
    </message>
    <message>
        <location filename="../model/core/types.cpp" line="148"/>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../model/core/types.cpp" line="149"/>
        <source>Opponent</source>
        <translation>Gegner</translation>
    </message>
</context>
<context>
    <name>Stageboard::Storage</name>
    <message>
        <location filename="../model/storage/sqlutil.cpp" line="21"/>
        <source>The database server does not answer (%1). Nothing was changed; Stageboard connects again when the server is back.</source>
        <translation>Der Datenbankserver antwortet nicht (%1). Nichts wurde geändert; Stageboard verbindet sich wieder, wenn der Server zurück ist.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlutil.cpp" line="55"/>
        <source>%1. The disk is full or cannot be written to. Nothing was saved; free some space and try again.</source>
        <translation>%1. Der Datenträger ist voll oder nicht beschreibbar. Nichts wurde gespeichert; schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlutil.cpp" line="66"/>
        <source>The server does not allow this for your login (%1). Nothing was changed.</source>
        <translation>Der Server erlaubt dies für Ihre Anmeldung nicht (%1). Nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlutil.cpp" line="181"/>
        <source>Could not start a transaction: %1</source>
        <translation>Eine Transaktion konnte nicht begonnen werden: %1</translation>
    </message>
    <message>
        <location filename="../model/storage/sqlutil.cpp" line="206"/>
        <source>Could not save the change to %1: %2</source>
        <translation>Die Änderung an %1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>Stageboard::TeamRolesDialog</name>
    <message>
        <location filename="../ui/teamrolesdialog.cpp" line="24"/>
        <source>Team Roles</source>
        <translation>Teamrollen</translation>
    </message>
    <message>
        <location filename="../ui/teamrolesdialog.cpp" line="26"/>
        <source>The responsibilities of your company beyond rep, manager and admin: Legal, Finance, a plant manager, a solutions engineer. A person may hold several. In the process editor, a criterion is signed off by the members of one of these roles.</source>
        <translation>Die Verantwortlichkeiten Ihrer Firma über Vertriebler, Manager und Admin hinaus: Legal, Finance, eine Werksleitung, ein Lösungsberater. Eine Person kann mehrere innehaben. Im Prozesseditor wird ein Kriterium von den Mitgliedern einer dieser Rollen freigegeben.</translation>
    </message>
    <message>
        <location filename="../ui/teamrolesdialog.cpp" line="33"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../ui/teamrolesdialog.cpp" line="35"/>
        <source>&amp;Add Role…</source>
        <translation>Rolle &amp;hinzufügen …</translation>
    </message>
    <message>
        <location filename="../ui/teamrolesdialog.cpp" line="39"/>
        <source>Add Role</source>
        <translation>Rolle hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/teamrolesdialog.cpp" line="39"/>
        <source>Name of the role:</source>
        <translation>Name der Rolle:</translation>
    </message>
    <message>
        <location filename="../ui/teamrolesdialog.cpp" line="44"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/teamrolesdialog.cpp" line="59"/>
        <source>What the role is responsible for</source>
        <translation>Wofür die Rolle verantwortlich ist</translation>
    </message>
    <message>
        <location filename="../ui/teamrolesdialog.cpp" line="64"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../ui/teamrolesdialog.cpp" line="73"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/teamrolesdialog.cpp" line="74"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location filename="../ui/teamrolesdialog.cpp" line="75"/>
        <source>&amp;Members:</source>
        <translation>&amp;Mitglieder:</translation>
    </message>
    <message>
        <location filename="../ui/teamrolesdialog.cpp" line="76"/>
        <source>Signs off:</source>
        <translation>Gibt frei:</translation>
    </message>
    <message>
        <location filename="../ui/teamrolesdialog.cpp" line="80"/>
        <source>Owns:</source>
        <translation>Verantwortlich für:</translation>
    </message>
    <message>
        <location filename="../ui/teamrolesdialog.cpp" line="162"/>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <location filename="../ui/teamrolesdialog.cpp" line="170"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/teamrolesdialog.cpp" line="177"/>
        <source>No stage; choose this role under &quot;Owned by&quot; in the process editor.</source>
        <translation>Keine Phase; wählen Sie diese Rolle im Prozesseditor unter „Verantwortlich“.</translation>
    </message>
    <message>
        <location filename="../ui/teamrolesdialog.cpp" line="180"/>
        <source>No criterion yet; choose this role under &quot;Signed off by&quot; in the process editor.</source>
        <translation>Noch kein Kriterium; wählen Sie diese Rolle im Prozesseditor unter „Freigabe durch“.</translation>
    </message>
</context>
<context>
    <name>Stageboard::TerritoriesDialog</name>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="53"/>
        <location filename="../ui/territoriesdialog.cpp" line="58"/>
        <source>Territories</source>
        <translation>Gebiete</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="57"/>
        <location filename="../ui/territoriesdialog.cpp" line="154"/>
        <source>Territory</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="57"/>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="57"/>
        <source>Accounts</source>
        <translation>Firmen</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="63"/>
        <source>Add Territory Inside</source>
        <translation>Gebiet darin hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="63"/>
        <source>Add Territory</source>
        <translation>Gebiet hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="64"/>
        <source>Name of the territory:</source>
        <translation>Name des Gebiets:</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="68"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="70"/>
        <source>A territory at the top, such as a region</source>
        <translation>Ein Gebiet ganz oben, etwa eine Region</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="72"/>
        <source>Add &amp;Inside…</source>
        <translation>&amp;Darin hinzufügen …</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="74"/>
        <source>A territory inside the selected one</source>
        <translation>Ein Gebiet im gewählten</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="76"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="83"/>
        <source>Remove Territory</source>
        <translation>Gebiet entfernen</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="84"/>
        <source>Remove %1? Its accounts and the territories in it move to the territory it is in (at the top: to none); its rules go.</source>
        <translation>%1 entfernen? Seine Firmen und die Gebiete darin wandern in das Gebiet, in dem es liegt (ganz oben: in keines); seine Regeln entfallen.</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="104"/>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="113"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="114"/>
        <source>In&amp;side:</source>
        <translation>&amp;Liegt in:</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="115"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="117"/>
        <source>Contact intervals</source>
        <translation>Kontaktabstände</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="126"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="128"/>
        <source>Tier %1, in touch every:</source>
        <translation>Stufe %1, Kontakt spätestens nach:</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="131"/>
        <source>An account not contacted within its tier&apos;s interval is overdue for contact.</source>
        <translation>Eine Firma ohne Kontakt innerhalb des Abstands ihrer Stufe ist überfällig.</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="149"/>
        <source>Each account goes to the territory of the first rule it matches: every field a rule gives must match (a size band only an account whose head count is known). An account that matches no rule stays where it is.</source>
        <translation>Jede Firma kommt in das Gebiet der ersten Regel, auf die sie passt: Jedes Feld, das eine Regel angibt, muss passen (ein Größenbereich nur bei bekannter Mitarbeiterzahl). Eine Firma, auf die keine Regel passt, bleibt, wo sie ist.</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="154"/>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="154"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="154"/>
        <source>Employees</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="157"/>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="166"/>
        <source>Add &amp;Rule…</source>
        <translation>&amp;Regel hinzufügen …</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="174"/>
        <source>Remo&amp;ve Rule</source>
        <translation>Regel en&amp;tfernen</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="177"/>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="180"/>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="183"/>
        <source>A&amp;pply Rules…</source>
        <translation>Regeln an&amp;wenden …</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="185"/>
        <source>Shows which accounts the rules would move, then moves them</source>
        <translation>Zeigt, welche Firmen die Regeln verschieben würden, und verschiebt sie dann</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="199"/>
        <source>&amp;Territories</source>
        <translation>&amp;Gebiete</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="200"/>
        <source>Assignment r&amp;ules</source>
        <translation>&amp;Zuweisungsregeln</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="311"/>
        <source>(at the top)</source>
        <translation>(ganz oben)</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="403"/>
        <location filename="../ui/territoriesdialog.cpp" line="496"/>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="411"/>
        <source>%L1 to %L2</source>
        <translation>%L1 bis %L2</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="413"/>
        <source>%L1 or more</source>
        <translation>ab %L1</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="415"/>
        <source>up to %L1</source>
        <translation>bis %L1</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="465"/>
        <source>Add a territory first: a rule assigns accounts to one.</source>
        <translation>Legen Sie zuerst ein Gebiet an: Eine Regel weist Firmen einem zu.</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="469"/>
        <source>Assignment Rule</source>
        <translation>Zuweisungsregel</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="507"/>
        <source>no bound</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="515"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="518"/>
        <source>&amp;Territory:</source>
        <translation>&amp;Gebiet:</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="519"/>
        <source>&amp;Industry:</source>
        <translation>&amp;Branche:</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="520"/>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="521"/>
        <source>&amp;Employees:</source>
        <translation>&amp;Mitarbeitende:</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="567"/>
        <location filename="../ui/territoriesdialog.cpp" line="578"/>
        <source>Apply Rules</source>
        <translation>Regeln anwenden</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="568"/>
        <source>Every account is where the rules put it already; nothing would move.</source>
        <translation>Jede Firma ist schon dort, wo die Regeln sie hinstellen; nichts würde verschoben.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/territoriesdialog.cpp" line="580"/>
        <source>The rules would move %n account(s):</source>
        <translation>
            <numerusform>Die Regeln würden %n Firma verschieben:</numerusform>
            <numerusform>Die Regeln würden %n Firmen verschieben:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="581"/>
        <source>Account</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="581"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="581"/>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location filename="../ui/territoriesdialog.cpp" line="583"/>
        <source>(no territory)</source>
        <translation>(kein Gebiet)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/territoriesdialog.cpp" line="591"/>
        <source>&amp;Move %n Account(s)</source>
        <translation>
            <numerusform>%n Firma &amp;verschieben</numerusform>
            <numerusform>%n Firmen &amp;verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stageboard::UndoRecorder</name>
    <message>
        <location filename="../ui/undorecorder.cpp" line="86"/>
        <source>%1 of &quot;%2&quot; changed elsewhere since; nothing was changed, so as not to overwrite it.</source>
        <translation>%1 von „%2“ wurde seither anderswo geändert; nichts wurde geändert, um das nicht zu überschreiben.</translation>
    </message>
    <message>
        <location filename="../ui/undorecorder.cpp" line="121"/>
        <source>Move &quot;%1&quot; to %2</source>
        <translation>„%1“ nach %2 verschieben</translation>
    </message>
    <message>
        <location filename="../ui/undorecorder.cpp" line="131"/>
        <source>New opportunity &quot;%1&quot;</source>
        <translation>Neue Verkaufschance „%1“</translation>
    </message>
    <message>
        <location filename="../ui/undorecorder.cpp" line="138"/>
        <source>Edit &quot;%1&quot;</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/undorecorder.cpp" line="144"/>
        <source>Delete &quot;%1&quot;</source>
        <translation>„%1“ löschen</translation>
    </message>
</context>
<context>
    <name>Stageboard::UserRole</name>
    <message>
        <location filename="../model/core/types.cpp" line="22"/>
        <source>Sales rep</source>
        <translation>Vertriebler</translation>
    </message>
    <message>
        <location filename="../model/core/types.cpp" line="23"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../model/core/types.cpp" line="24"/>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location filename="../model/core/types.cpp" line="25"/>
        <source>Legal</source>
        <translation>Rechtsabteilung</translation>
    </message>
    <message>
        <location filename="../model/core/types.cpp" line="26"/>
        <source>Finance</source>
        <translation>Finanzen</translation>
    </message>
</context>
<context>
    <name>Stageboard::UsersDialog</name>
    <message>
        <location filename="../ui/usersdialog.cpp" line="44"/>
        <source>Users and Roles</source>
        <translation>Benutzer und Rollen</translation>
    </message>
    <message>
        <location filename="../ui/usersdialog.cpp" line="46"/>
        <source>Everyone who works in this database. A rep moves their own deals; a manager every deal, and may override a gate; an admin also changes users and the sales process; legal and finance sign off the criteria that need them. Someone who left is made inactive: their deals and history keep their name.</source>
        <translation>Alle, die in dieser Datenbank arbeiten. Ein Vertriebler bewegt seine eigenen Deals; ein Manager jeden Deal und darf ein Gate übergehen; ein Admin ändert außerdem Benutzer und den Vertriebsprozess; Recht und Finanzen zeichnen die Kriterien ab, die sie brauchen. Wer ausgeschieden ist, wird deaktiviert: Seine Deals und sein Verlauf behalten seinen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/usersdialog.cpp" line="55"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/usersdialog.cpp" line="56"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/usersdialog.cpp" line="56"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../ui/usersdialog.cpp" line="56"/>
        <location filename="../ui/usersdialog.cpp" line="147"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/usersdialog.cpp" line="56"/>
        <source>Server login</source>
        <translation>Server-Anmeldung</translation>
    </message>
    <message>
        <location filename="../ui/usersdialog.cpp" line="78"/>
        <location filename="../ui/usersdialog.cpp" line="79"/>
        <source>New person&apos;s name</source>
        <translation>Name der neuen Person</translation>
    </message>
    <message>
        <location filename="../ui/usersdialog.cpp" line="82"/>
        <source>New person&apos;s role</source>
        <translation>Rolle der neuen Person</translation>
    </message>
    <message>
        <location filename="../ui/usersdialog.cpp" line="83"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/usersdialog.cpp" line="136"/>
        <source>Double-click to rename</source>
        <translation>Doppelklick zum Umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/usersdialog.cpp" line="139"/>
        <source>Role of %1</source>
        <translation>Rolle von %1</translation>
    </message>
    <message>
        <location filename="../ui/usersdialog.cpp" line="147"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location filename="../ui/usersdialog.cpp" line="151"/>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <location filename="../ui/usersdialog.cpp" line="181"/>
        <source>%1 is already a user.</source>
        <translation>%1 ist bereits ein Benutzer.</translation>
    </message>
    <message>
        <location filename="../ui/usersdialog.cpp" line="197"/>
        <source>%1 was added, but has no login on the server yet: %2 The database&apos;s owner can give one with &quot;stageboard-cli setup-roles&quot;.</source>
        <translation>%1 wurde hinzugefügt, hat aber noch keine Anmeldung auf dem Server: %2 Der Eigentümer der Datenbank kann sie mit „stageboard-cli setup-roles“ vergeben.</translation>
    </message>
    <message>
        <location filename="../ui/usersdialog.cpp" line="205"/>
        <source>%1: login %2, password %3</source>
        <translation>%1: Anmeldung %2, Passwort %3</translation>
    </message>
    <message>
        <location filename="../ui/usersdialog.cpp" line="211"/>
        <source>New Logins</source>
        <translation>Neue Anmeldungen</translation>
    </message>
    <message>
        <location filename="../ui/usersdialog.cpp" line="212"/>
        <source>Pass each password on to its person, who changes it with &quot;\password&quot; in psql. It is shown only now.</source>
        <translation>Geben Sie jedes Passwort an seine Person weiter, die es mit „\password“ in psql ändert. Es wird nur jetzt angezeigt.</translation>
    </message>
</context>
<context>
    <name>Stageboard::WaitingModel</name>
    <message>
        <location filename="../model/itemmodels/waitingmodel.cpp" line="100"/>
        <source>There is no sign-off in row %1.</source>
        <translation>In Zeile %1 steht keine Freigabe.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/waitingmodel.cpp" line="144"/>
        <source>%1 is in &quot;%2&quot;, a stage %3 owns, since %4 (owner: %5).</source>
        <translation>%1 ist seit %4 in „%2“, einer Phase von %3 (Verantwortlich: %5).</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/waitingmodel.cpp" line="150"/>
        <source>%1 waits for %2&apos;s sign-off &quot;%3&quot; since %4 (owner: %5).</source>
        <translation>%1 wartet seit %4 auf die Freigabe „%3“ durch %2 (zuständig: %5).</translation>
    </message>
    <message>
        <source>(the stage is your role&apos;s)</source>
        <translation type="vanished">(die Phase gehört Ihrer Rolle)</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/waitingmodel.cpp" line="167"/>
        <source>Your role owns the stage</source>
        <translation>Die Phase gehört Ihrer Rolle</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/waitingmodel.cpp" line="174"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/waitingmodel.cpp" line="174"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/itemmodels/waitingmodel.cpp" line="186"/>
        <source>Opportunity</source>
        <translation>Verkaufschance</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/waitingmodel.cpp" line="188"/>
        <source>Account</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/waitingmodel.cpp" line="190"/>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/waitingmodel.cpp" line="192"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/waitingmodel.cpp" line="194"/>
        <source>Sign-off</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/waitingmodel.cpp" line="196"/>
        <source>Your role</source>
        <translation>Ihre Rolle</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/waitingmodel.cpp" line="198"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/waitingmodel.cpp" line="200"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
</context>
<context>
    <name>Stageboard::WaitingView</name>
    <message>
        <source>The sign-offs your roles are asked for, longest waiting first. Select one, then sign it off, or reject it saying why.</source>
        <translation type="vanished">Die Freigaben, um die Ihre Rollen gebeten werden, die am längsten wartende zuerst. Wählen Sie eine aus, dann geben Sie sie frei oder lehnen Sie sie mit Begründung ab.</translation>
    </message>
    <message>
        <location filename="../ui/waitingview.cpp" line="31"/>
        <source>Waiting on me</source>
        <translation>Wartet auf mich</translation>
    </message>
    <message>
        <source>Nothing waits on you. When a deal reaches a stage whose sign-off one of your roles gives, it appears here.</source>
        <translation type="vanished">Nichts wartet auf Sie. Erreicht ein Deal eine Phase, deren Freigabe eine Ihrer Rollen erteilt, erscheint er hier.</translation>
    </message>
    <message>
        <location filename="../ui/waitingview.cpp" line="24"/>
        <source>The sign-offs your roles are asked for, and the deals in stages your roles own, longest waiting first. Select a sign-off, then sign it off, or reject it saying why; open a deal to work it.</source>
        <translation>Die Freigaben, um die Ihre Rollen gebeten werden, und die Verkaufschancen in Phasen, die Ihren Rollen gehören, die am längsten wartenden zuerst. Wählen Sie eine Freigabe, dann geben Sie sie frei oder lehnen Sie sie mit Begründung ab; öffnen Sie eine Verkaufschance, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../ui/waitingview.cpp" line="40"/>
        <source>Nothing waits on you. When a deal reaches a stage one of your roles owns, or whose sign-off it gives, it appears here.</source>
        <translation>Nichts wartet auf Sie. Erreicht eine Verkaufschance eine Phase, die einer Ihrer Rollen gehört oder deren Freigabe sie erteilt, erscheint sie hier.</translation>
    </message>
    <message>
        <location filename="../ui/waitingview.cpp" line="48"/>
        <source>Comment for the rep (needed to reject)</source>
        <translation>Kommentar für den Vertriebler (zum Ablehnen nötig)</translation>
    </message>
    <message>
        <location filename="../ui/waitingview.cpp" line="49"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../ui/waitingview.cpp" line="51"/>
        <source>&amp;Sign Off</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <location filename="../ui/waitingview.cpp" line="53"/>
        <source>&amp;Reject</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/waitingview.cpp" line="55"/>
        <source>&amp;Open Opportunity</source>
        <translation>&amp;Verkaufschance öffnen</translation>
    </message>
    <message>
        <location filename="../ui/waitingview.cpp" line="126"/>
        <source>Waiting on Me (%1)</source>
        <translation>Wartet auf mich (%1)</translation>
    </message>
    <message>
        <location filename="../ui/waitingview.cpp" line="126"/>
        <source>Waiting on Me</source>
        <translation>Wartet auf mich</translation>
    </message>
    <message>
        <location filename="../ui/waitingview.cpp" line="149"/>
        <source>Signed off &quot;%1&quot; on &quot;%2&quot;.</source>
        <translation>„%1“ für „%2“ freigegeben.</translation>
    </message>
    <message>
        <location filename="../ui/waitingview.cpp" line="150"/>
        <source>Rejected &quot;%1&quot; on &quot;%2&quot;; its owner sees why.</source>
        <translation>„%1“ für „%2“ abgelehnt; der Zuständige sieht, warum.</translation>
    </message>
    <message>
        <location filename="../ui/waitingview.cpp" line="170"/>
        <source>Nothing to sign: open the deal to work it.</source>
        <translation>Nichts freizugeben: Öffnen Sie die Verkaufschance, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../ui/waitingview.cpp" line="172"/>
        <source>Reject the sign-off; the rep sees your comment.</source>
        <translation>Die Freigabe ablehnen; der Vertriebler sieht Ihren Kommentar.</translation>
    </message>
    <message>
        <location filename="../ui/waitingview.cpp" line="173"/>
        <source>Write in the comment why, then reject.</source>
        <translation>Schreiben Sie in den Kommentar, warum, dann lehnen Sie ab.</translation>
    </message>
</context>
<context>
    <name>Stageboard::WelcomeOverlay</name>
    <message>
        <location filename="../ui/welcomeoverlay.cpp" line="33"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location filename="../ui/welcomeoverlay.cpp" line="38"/>
        <source>Got It</source>
        <translation>Verstanden</translation>
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
        <translation>Gewonnen</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="60"/>
        <location filename="../ui/winlossview.cpp" line="554"/>
        <location filename="../ui/winlossview.cpp" line="568"/>
        <location filename="../ui/winlossview.cpp" line="720"/>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="61"/>
        <location filename="../ui/winlossview.cpp" line="573"/>
        <source>Win rate</source>
        <translation>Gewinnquote</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="62"/>
        <source>Won amount</source>
        <translation>Betrag gewonnen</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="63"/>
        <source>Lost amount</source>
        <translation>Betrag verloren</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="64"/>
        <source>Average cycle</source>
        <translation>Mittlerer Zyklus</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="112"/>
        <source>Group closed deals by</source>
        <translation>Abgeschlossene Deals gruppieren nach</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="129"/>
        <source>First close month</source>
        <translation>Erster Abschlussmonat</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="130"/>
        <source>Last close month</source>
        <translation>Letzter Abschlussmonat</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="132"/>
        <source>Pipeline filter</source>
        <translation>Pipeline-Filter</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="134"/>
        <source>Rep filter</source>
        <translation>Vertriebler-Filter</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="136"/>
        <source>Territory filter</source>
        <translation>Gebietsfilter</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="145"/>
        <source>Group by</source>
        <translation>Gruppieren nach</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="147"/>
        <source>Closed from</source>
        <translation>Abgeschlossen von</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="147"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="151"/>
        <source>Export PDF…</source>
        <translation>PDF exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="152"/>
        <source>Export the win/loss view as PDF</source>
        <translation>Die Gewonnen/Verloren-Ansicht als PDF exportieren</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="156"/>
        <location filename="../ui/winlossview.cpp" line="159"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="157"/>
        <location filename="../ui/winlossview.cpp" line="271"/>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="160"/>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="161"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="162"/>
        <source>Lesson learned</source>
        <translation>Erkenntnis</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="163"/>
        <source>Suggested change</source>
        <translation>Vorgeschlagene Änderung</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="164"/>
        <source>Reviewed</source>
        <translation>Ausgewertet</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="180"/>
        <source>Won and lost by group</source>
        <translation>Gewonnen und verloren nach Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="181"/>
        <source>Won, lost and win rate by quarter</source>
        <translation>Gewonnen, verloren und Gewinnquote nach Quartal</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="182"/>
        <source>Won and lost</source>
        <translation>Gewonnen und verloren</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="185"/>
        <source>Win rate by quarter</source>
        <translation>Gewinnquote nach Quartal</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="193"/>
        <source>Win/loss tables</source>
        <translation>Gewonnen/Verloren-Tabellen</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="194"/>
        <source>Win/loss by group</source>
        <translation>Gewonnen/Verloren nach Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="196"/>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="197"/>
        <source>Win/loss by quarter</source>
        <translation>Gewonnen/Verloren nach Quartal</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="199"/>
        <source>Quarters</source>
        <translation>Quartale</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="213"/>
        <source>Lessons learned</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="226"/>
        <source>Double-click a lesson to open its deal.</source>
        <translation>Doppelklick auf eine Erkenntnis öffnet ihren Deal.</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="238"/>
        <source>Win/loss analysis</source>
        <translation>Gewonnen/Verloren-Analyse</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="257"/>
        <source>Close reason</source>
        <translation>Abschlussgrund</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="259"/>
        <source>Competitor</source>
        <translation>Wettbewerber</translation>
    </message>
    <message>
        <source>Stage lost at</source>
        <translation type="vanished">Verloren in Phase</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="263"/>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="265"/>
        <source>Territory</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="267"/>
        <source>Rep</source>
        <translation>Vertriebler</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="269"/>
        <source>Deal size</source>
        <translation>Deal-Größe</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="328"/>
        <source>All reps</source>
        <translation>Alle Vertriebler</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="339"/>
        <source>All territories</source>
        <translation>Alle Gebiete</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="343"/>
        <source>All pipelines</source>
        <translation>Alle Pipelines</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="418"/>
        <source>Q%1 %2</source>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="424"/>
        <source>No reason given</source>
        <translation>Kein Grund angegeben</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="426"/>
        <source>Closed from its first stage</source>
        <translation>Aus der ersten Phase abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="428"/>
        <source>No owner</source>
        <translation>Kein Verantwortlicher</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="430"/>
        <source>Not set</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="481"/>
        <source>Closed %1 to %2</source>
        <translation>Abgeschlossen %1 bis %2</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="491"/>
        <source>A deal that named several competitors counts once for each of them.</source>
        <translation>Ein Deal mit mehreren Wettbewerbern zählt bei jedem von ihnen einmal.</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="515"/>
        <source>No deals won or lost in this period.</source>
        <translation>In diesem Zeitraum wurden keine Deals gewonnen oder verloren.</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="518"/>
        <source>%1 won, %2 lost: win rate %3 %, %4 won, %5 days from creation to close on average.</source>
        <translation>%1 gewonnen, %2 verloren: Gewinnquote %3 %, %4 gewonnen, im Mittel %5 Tage von der Anlage bis zum Abschluss.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/winlossview.cpp" line="525"/>
        <source>%n deal(s) in a currency without an exchange rate left out of the amounts.</source>
        <translation>
            <numerusform>%n Deal in einer Währung ohne Wechselkurs fehlt in den Beträgen.</numerusform>
            <numerusform>%n Deals in einer Währung ohne Wechselkurs fehlen in den Beträgen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="624"/>
        <source>Won and lost: %1</source>
        <translation>Gewonnen und verloren: %1</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="549"/>
        <source>Deals closed</source>
        <translation>Abgeschlossene Deals</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="261"/>
        <source>Stage closed from</source>
        <translation>Abgeschlossen aus Phase</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="585"/>
        <source>Win rate (%)</source>
        <translation>Gewinnquote (%)</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="685"/>
        <source>No deals closed in this period</source>
        <translation>Keine Deals in diesem Zeitraum abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="687"/>
        <source>Open a database to see its closed deals.</source>
        <translation>Öffnen Sie eine Datenbank, um ihre abgeschlossenen Deals zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="688"/>
        <source>Deals won or lost with a close date from %1 to %2 are counted here. Choose an earlier month, other filters, or close deals on the board.</source>
        <translation>Hier zählen die Deals, die mit Abschlussdatum von %1 bis %2 gewonnen oder verloren wurden. Wählen Sie einen früheren Monat oder andere Filter, oder schließen Sie Deals auf dem Board ab.</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="728"/>
        <source>&lt;b&gt;Lessons learned: %1&lt;/b&gt;: none yet. A manager writes them on the Look-back tab.</source>
        <translation>&lt;b&gt;Erkenntnisse: %1&lt;/b&gt;: noch keine. Ein Manager schreibt sie im Tab Rückblick.</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="732"/>
        <source>&lt;b&gt;Lessons learned: %1&lt;/b&gt;, newest first.</source>
        <translation>&lt;b&gt;Erkenntnisse: %1&lt;/b&gt;, die neuesten zuerst.</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="736"/>
        <source>&lt;b&gt;Lessons learned&lt;/b&gt;: none yet. A manager writes them on the Look-back tab.</source>
        <translation>&lt;b&gt;Erkenntnisse&lt;/b&gt;: noch keine. Ein Manager schreibt sie im Tab Rückblick.</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="739"/>
        <source>&lt;b&gt;Lessons learned&lt;/b&gt;, newest first. Select a row above to see its own.</source>
        <translation>&lt;b&gt;Erkenntnisse&lt;/b&gt;, die neuesten zuerst. Wählen Sie oben eine Zeile, um nur ihre zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="744"/>
        <location filename="../ui/winlossview.cpp" line="751"/>
        <source>Stageboard win/loss</source>
        <translation>Stageboard Gewonnen/Verloren</translation>
    </message>
    <message>
        <location filename="../ui/winlossview.cpp" line="750"/>
        <source>Export Win/Loss as PDF</source>
        <translation>Gewonnen/Verloren als PDF exportieren</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="81"/>
        <source>Your sales process as a kanban board.</source>
        <translation>Ihr Vertriebsprozess als Kanban-Board.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="87"/>
        <source>Open a SQLite file (created with a demo pipeline when it does not exist), or a shared database given as postgresql://user@host:port/database.</source>
        <translation>Eine SQLite-Datei öffnen (mit einer Demo-Pipeline angelegt, wenn es sie nicht gibt) oder eine gemeinsame Datenbank, angegeben als postgresql://benutzer@host:port/datenbank.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="90"/>
        <source>database</source>
        <translation>datenbank</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="113"/>
        <source>Stageboard</source>
        <translation>Stageboard</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="115"/>
        <source>Open Another…</source>
        <translation>Andere öffnen …</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="120"/>
        <source>Use the Default Database</source>
        <translation>Die Standarddatenbank verwenden</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="132"/>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
</context>
</TS>
