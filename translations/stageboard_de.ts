<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Stageboard</name>
    <message>
        <location filename="../model/cli.cpp" line="33"/>
        <source>--deals must be a whole number from 0 to 10000000, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="43"/>
        <source>--seed must be a whole number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="60"/>
        <source>%1 already holds %2 opportunities; demo data goes into a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="72"/>
        <source>Created %1 with %2 opportunities in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="84"/>
        <source>There is no database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="124"/>
        <source>There is no stage named &quot;%1&quot;. The stages are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="136"/>
        <source>Cannot write to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="160"/>
        <source>Works with Stageboard databases without a display.

Commands:
  demo   Create a database with the default process and N generated deals.
  list   Print the opportunities as CSV (id,title,account,owner,stage,amount,currency,close_date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="165"/>
        <source>demo or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="167"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="168"/>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="171"/>
        <source>The SQLite database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="171"/>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="172"/>
        <source>demo: how many deals to generate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="172"/>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="175"/>
        <source>demo: the random seed; the same seed gives the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="177"/>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="179"/>
        <source>list: only the deals in this stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="179"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="196"/>
        <source>Give one command: demo or list. See --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="200"/>
        <source>--database PATH is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="208"/>
        <source>Unknown command &quot;%1&quot;; use demo or list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/money.cpp" line="32"/>
        <source>&quot;%1&quot; has more than two decimal places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/money.cpp" line="36"/>
        <source>&quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/money.cpp" line="38"/>
        <source>&quot;%1&quot; is negative; an amount must be zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/money.cpp" line="40"/>
        <source>&quot;%1&quot; is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/money.cpp" line="96"/>
        <source>&quot;%1&quot; is not a date; use the form %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::BoardModel</name>
    <message>
        <location filename="../model/boardmodel.cpp" line="299"/>
        <location filename="../model/boardmodel.cpp" line="328"/>
        <location filename="../model/boardmodel.cpp" line="344"/>
        <source>The opportunity %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/boardmodel.cpp" line="301"/>
        <location filename="../model/boardmodel.cpp" line="315"/>
        <source>The stage %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/undorecorder.cpp" line="59"/>
        <source>The opportunity &quot;%1&quot; no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::BoardView</name>
    <message>
        <location filename="../ui/boardview.cpp" line="20"/>
        <source>Sales board</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::CardDelegate</name>
    <message numerus="yes">
        <location filename="../ui/carddelegate.cpp" line="91"/>
        <source>%n d, stalled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/carddelegate.cpp" line="91"/>
        <source>%n d</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stageboard::DemoGenerator</name>
    <message>
        <location filename="../model/demogenerator.cpp" line="69"/>
        <source>The process needs open, won and lost stages to generate demo data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="38"/>
        <location filename="../ui/mainwindow.cpp" line="253"/>
        <source>Stageboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="70"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="72"/>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="75"/>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="78"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="81"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="82"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="84"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="89"/>
        <source>&amp;New Opportunity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="91"/>
        <source>&amp;Edit Opportunity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="96"/>
        <source>&amp;Delete Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="102"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="108"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="109"/>
        <source>&amp;About Stageboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="110"/>
        <source>About Stageboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="111"/>
        <source>&lt;h3&gt;Stageboard %1&lt;/h3&gt;&lt;p&gt;Your sales process as a board: stages with guidance, gates and a full ledger of every move.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="116"/>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="123"/>
        <source>Filter by title, account, contact or next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <source>Owner filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="138"/>
        <source>Acting as </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="141"/>
        <source>Acting as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="160"/>
        <source>The database was upgraded; the previous version was saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="177"/>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="203"/>
        <source>%1 — Stageboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="211"/>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="218"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="245"/>
        <source>%1 opportunities · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="246"/>
        <source>%1 of %2 opportunities shown · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="267"/>
        <source>New opportunity &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="290"/>
        <source>Edit &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="307"/>
        <source>Delete Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="308"/>
        <source>Delete &quot;%1&quot;? Its stage history is kept, and Undo (%2) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="322"/>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="323"/>
        <source>Stageboard databases (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="333"/>
        <location filename="../ui/mainwindow.cpp" line="341"/>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="334"/>
        <source>Stageboard databases (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="338"/>
        <source>%1 already exists. Choose a new file name, or open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="342"/>
        <source>Fill the new database with demo opportunities?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::OpportunityDialog</name>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="32"/>
        <source>Edit Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="32"/>
        <source>New Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="51"/>
        <source>Existing or new account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="82"/>
        <source>Pick…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="105"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="111"/>
        <source>%1 (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="124"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="125"/>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="126"/>
        <source>A&amp;mount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="127"/>
        <source>&amp;Close date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="128"/>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="129"/>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="160"/>
        <source>Title: an opportunity needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="162"/>
        <source>Title: control characters are not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="165"/>
        <source>Amount: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="169"/>
        <source>Currency: &quot;%1&quot; is not a three-letter ISO code such as USD or EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="174"/>
        <source>Close date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="176"/>
        <source>Close date: %1 is out of range (1900 to 2999).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::ProcessDefinition</name>
    <message>
        <location filename="../model/processdefinition.cpp" line="23"/>
        <source>The process definition is not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/processdefinition.cpp" line="30"/>
        <source>The file is not a Stageboard process definition (&quot;format&quot; is not &quot;stageboard-process&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/processdefinition.cpp" line="37"/>
        <source>The process definition has no stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/processdefinition.cpp" line="45"/>
        <source>Stage %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/processdefinition.cpp" line="51"/>
        <source>Stage &quot;%1&quot;: owner &quot;%2&quot; is not a role (rep, manager, admin, legal, finance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/processdefinition.cpp" line="60"/>
        <source>Stage &quot;%1&quot;: probability must be a number from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/processdefinition.cpp" line="65"/>
        <source>Stage &quot;%1&quot;: kind must be open, won or lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::Schema</name>
    <message>
        <location filename="../model/schema.cpp" line="109"/>
        <source>It holds tables, but is not a Stageboard database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schema.cpp" line="118"/>
        <source>It has no schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schema.cpp" line="122"/>
        <source>Its schema version &quot;%1&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::SqlStorage</name>
    <message>
        <location filename="../model/sqlstorage.cpp" line="221"/>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="228"/>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="233"/>
        <source>Cannot create the folder %1 for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="236"/>
        <source>%1 cannot be written to: it is read-only. Check its permissions, or open a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="248"/>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="252"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="265"/>
        <source>%1 is not a Stageboard database, or it is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="271"/>
        <source>Cannot prepare the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="276"/>
        <source>%1 cannot be written: %2. Another program may be using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="284"/>
        <source>%1 is not a Stageboard database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="287"/>
        <source>%1 was written by a newer version of Stageboard (database version %2; this version reads up to %3). It has not been changed. Please update Stageboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="299"/>
        <source>Cannot write the backup %1 before upgrading %2; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="309"/>
        <source>Cannot upgrade the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="335"/>
        <source>Cannot store the default process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="348"/>
        <source>Cannot read the stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="374"/>
        <source>Cannot read the users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="391"/>
        <source>Cannot read the accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="408"/>
        <source>Cannot read the opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="423"/>
        <source>Cannot read the opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="425"/>
        <location filename="../model/sqlstorage.cpp" line="599"/>
        <location filename="../model/sqlstorage.cpp" line="605"/>
        <source>The opportunity %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="437"/>
        <source>Cannot read the stage history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="460"/>
        <source>Cannot count the opportunities in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="507"/>
        <source>Cannot create the opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="514"/>
        <source>Cannot record the new opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="536"/>
        <source>Cannot save the opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="538"/>
        <source>&quot;%1&quot; was changed or deleted elsewhere since it was opened; your edit was not saved. Reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="570"/>
        <source>Cannot move the opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="575"/>
        <source>Cannot record the move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="597"/>
        <source>Cannot delete the opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="629"/>
        <source>Cannot write the data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::StageColumn</name>
    <message>
        <location filename="../ui/stagecolumn.cpp" line="73"/>
        <source>Stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stagecolumn.cpp" line="85"/>
        <source>Total %1
Weighted %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stagecolumn.cpp" line="89"/>
        <source>%1 (%2 %)
%3
Owner: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stagecolumn.cpp" line="93"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::Storage</name>
    <message>
        <location filename="../model/sqlutil.cpp" line="43"/>
        <source>Could not start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlutil.cpp" line="57"/>
        <source>Could not save the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::UndoRecorder</name>
    <message>
        <location filename="../ui/undorecorder.cpp" line="80"/>
        <source>Move &quot;%1&quot; to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/undorecorder.cpp" line="87"/>
        <source>New opportunity &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/undorecorder.cpp" line="94"/>
        <source>Edit &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/undorecorder.cpp" line="100"/>
        <source>Delete &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::UserRole</name>
    <message>
        <location filename="../model/types.cpp" line="16"/>
        <source>Sales rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/types.cpp" line="17"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/types.cpp" line="18"/>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/types.cpp" line="19"/>
        <source>Legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/types.cpp" line="20"/>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="31"/>
        <source>Your sales process as a kanban board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="37"/>
        <source>Open the SQLite database at path (created with a demo pipeline when it does not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="39"/>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="54"/>
        <source>Stageboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="56"/>
        <source>Open Another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="63"/>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
