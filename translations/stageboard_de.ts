<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Stageboard</name>
    <message>
        <location filename="../model/cli.cpp" line="46"/>
        <source>--deals must be a whole number from 0 to 10000000, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="56"/>
        <source>--seed must be a whole number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="73"/>
        <source>%1 already holds %2 opportunities; demo data goes into a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="85"/>
        <source>Created %1 with %2 opportunities in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="97"/>
        <location filename="../model/cli.cpp" line="179"/>
        <source>There is no database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="36"/>
        <source>There is no stage named &quot;%1&quot;. The stages are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="152"/>
        <source>Cannot write to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="202"/>
        <source>--deal must be an opportunity id, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="235"/>
        <source>move needs --deal ID --to STAGE --as USER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="253"/>
        <location filename="../model/cli.cpp" line="438"/>
        <source>There is no user named &quot;%1&quot;; see the users command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="273"/>
        <source>Give it with --reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="281"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="283"/>
        <source>Moved &quot;%1&quot; from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="292"/>
        <source>history needs --deal ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="339"/>
        <source>--delimiter must be &quot;,&quot;, &quot;;&quot; or &quot;tab&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="369"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="403"/>
        <source>Wrote %1 rows to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="412"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="427"/>
        <source>--stage-map needs FROM=STAGE with a stage of this process, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="455"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="463"/>
        <source>%1 and %2 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../model/cli.cpp" line="468"/>
        <source>%n account(s) do not exist yet: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/cli.cpp" line="474"/>
        <source>%n owner(s) do not exist yet: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="480"/>
        <source>Checked %1 rows: %2 bad. Nothing was imported (dry run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="485"/>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="487"/>
        <source>Fix the rows above, or import the others with --skip-bad-rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="490"/>
        <source>Create the missing accounts and owners with --create-missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="493"/>
        <source>Imported %1 of %2 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="348"/>
        <source>export takes opportunities, history or forecast, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="355"/>
        <source>--period must be month or quarter, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="504"/>
        <source>Works with Stageboard databases without a display.

Commands:
  demo     Create a database with the default process and N generated deals.
  list     Print the opportunities as CSV (id,title,account,owner,stage,amount,currency,close_date,outcome).
  users    Print the users as CSV (name,role).
  move     Move a deal through its stage gates; exits 3 when a gate refuses.
  history  Print a deal&apos;s stage ledger as CSV.
  export opportunities|history|forecast  Write CSV to --output FILE, or to standard output.
  import FILE  Import opportunities from CSV (Salesforce, HubSpot, Pipedrive or
           Stageboard headers); exits 3 when rows are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="517"/>
        <source>demo, list, users, move or history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="519"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="520"/>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="523"/>
        <source>The SQLite database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="523"/>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="524"/>
        <source>demo: how many deals to generate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="524"/>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="527"/>
        <source>demo: the random seed; the same seed gives the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="529"/>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="531"/>
        <source>list: only the deals in this stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="531"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="533"/>
        <source>move, history: the opportunity&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="533"/>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="534"/>
        <source>move: the stage to move to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="534"/>
        <source>stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="536"/>
        <source>move: who is moving it (a user&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="536"/>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="537"/>
        <source>move: why it was won or lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="537"/>
        <location filename="../model/cli.cpp" line="555"/>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="538"/>
        <source>export: the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="538"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="540"/>
        <source>export: , (default), ; or tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="540"/>
        <source>delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="541"/>
        <source>export forecast: month (default) or quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="542"/>
        <source>period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="544"/>
        <source>export: start with a byte-order mark, for spreadsheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="545"/>
        <source>import: check every row, import nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="547"/>
        <source>import: read stage FROM as this process&apos;s STAGE (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="548"/>
        <source>FROM=STAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="550"/>
        <source>import: create accounts and owners the database lacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="552"/>
        <source>import: import the good rows even when some are bad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="554"/>
        <source>move: a manager&apos;s reason to move past unmet required criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="575"/>
        <source>Give one command: demo, list, users, move or history. See --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="596"/>
        <source>Unknown command &quot;%1&quot;; use demo, list, users, move or history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="579"/>
        <source>--database PATH is required.</source>
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
        <location filename="../model/boardmodel.cpp" line="306"/>
        <location filename="../model/boardmodel.cpp" line="326"/>
        <location filename="../model/boardmodel.cpp" line="340"/>
        <location filename="../model/boardmodel.cpp" line="365"/>
        <location filename="../model/boardmodel.cpp" line="381"/>
        <source>The opportunity %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/boardmodel.cpp" line="352"/>
        <source>The stage %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/boardmodel.cpp" line="510"/>
        <source>Next step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/boardmodel.cpp" line="512"/>
        <source>Required exit criteria of %1 are not all met yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/boardmodel.cpp" line="514"/>
        <source>Disqualified: lost before it reached qualification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/undorecorder.cpp" line="66"/>
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
    <message>
        <location filename="../ui/carddelegate.cpp" line="80"/>
        <source>✓ %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/carddelegate.cpp" line="105"/>
        <source>Disqualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/carddelegate.cpp" line="110"/>
        <source>%n d, stalled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/carddelegate.cpp" line="110"/>
        <source>%n d</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stageboard::CloseDealDialog</name>
    <message>
        <location filename="../ui/movedialogs.cpp" line="70"/>
        <source>Move to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/movedialogs.cpp" line="72"/>
        <source>Why is &quot;%1&quot; moving to %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/movedialogs.cpp" line="89"/>
        <source>Choose or type a reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::CsvActions</name>
    <message>
        <location filename="../ui/csvactions.cpp" line="25"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="42"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="46"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="47"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="68"/>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/csvactions.cpp" line="73"/>
        <source>Wrote %n row(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="84"/>
        <source>Export Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="94"/>
        <source>Export Stage History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="104"/>
        <source>Export Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="115"/>
        <location filename="../ui/csvactions.cpp" line="125"/>
        <source>Import Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="117"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::CsvExporter</name>
    <message>
        <location filename="../model/csvexport.cpp" line="139"/>
        <location filename="../model/csvexport.cpp" line="145"/>
        <location filename="../model/csvexport.cpp" line="174"/>
        <location filename="../model/csvexport.cpp" line="192"/>
        <location filename="../model/csvexport.cpp" line="208"/>
        <location filename="../model/csvexport.cpp" line="222"/>
        <source>Cannot write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvexport.cpp" line="195"/>
        <location filename="../model/csvexport.cpp" line="227"/>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::CsvImporter</name>
    <message>
        <location filename="../model/csvimport.cpp" line="130"/>
        <source>the row has %1 fields, the header has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvimport.cpp" line="153"/>
        <source>is empty; every opportunity needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvimport.cpp" line="155"/>
        <source>is longer than 500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvimport.cpp" line="166"/>
        <source>&quot;%1&quot; is not a stage of this process; map it onto one (e.g. --stage-map &quot;%1=%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvimport.cpp" line="182"/>
        <source>&quot;%1&quot; is not a three-letter currency code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvimport.cpp" line="190"/>
        <source>&quot;%1&quot; is not a date; use YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvimport.cpp" line="204"/>
        <source>&quot;%1&quot; is not a percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvimport.cpp" line="272"/>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvimport.cpp" line="274"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvimport.cpp" line="276"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvimport.cpp" line="278"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvimport.cpp" line="280"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvimport.cpp" line="282"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvimport.cpp" line="284"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvimport.cpp" line="286"/>
        <source>Close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvimport.cpp" line="288"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvimport.cpp" line="290"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvimport.cpp" line="292"/>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvimport.cpp" line="294"/>
        <source>Close reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvimport.cpp" line="317"/>
        <location filename="../model/csvimport.cpp" line="427"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvimport.cpp" line="318"/>
        <source>line %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvimport.cpp" line="335"/>
        <source>The process has no stages to import into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvimport.cpp" line="347"/>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvimport.cpp" line="352"/>
        <source>No column holds the opportunities&apos; titles (e.g. &quot;Opportunity Name&quot;, &quot;Deal Name&quot;, &quot;Title&quot;). The header is: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvimport.cpp" line="389"/>
        <source>line 1: the file has a header but no opportunities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvimport.cpp" line="395"/>
        <source>The file cannot be read a second time (it is not seekable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvimport.cpp" line="422"/>
        <source>line %1 changed while it was being imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvimport.cpp" line="444"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::CsvReader</name>
    <message>
        <location filename="../model/csvreader.cpp" line="25"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvreader.cpp" line="113"/>
        <source>the file is not valid UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvreader.cpp" line="143"/>
        <source>text follows the closing quote of a field; a quote inside a quoted field is written twice (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvreader.cpp" line="149"/>
        <source>a field is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvreader.cpp" line="153"/>
        <source>a quoted field starts here and is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::DemoGenerator</name>
    <message>
        <location filename="../model/demogenerator.cpp" line="70"/>
        <source>The process needs open, won and lost stages to generate demo data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::GateRefusalDialog</name>
    <message>
        <location filename="../ui/movedialogs.cpp" line="17"/>
        <source>Move Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/movedialogs.cpp" line="35"/>
        <source>As a manager you may move it anyway. Say why: the reason and the unmet criteria are kept in the stage history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/movedialogs.cpp" line="41"/>
        <source>Reason for the override (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/movedialogs.cpp" line="43"/>
        <source>&amp;Override and Move</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::ImportDialog</name>
    <message>
        <location filename="../ui/importdialog.cpp" line="37"/>
        <source>Import Opportunities from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="42"/>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="42"/>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="42"/>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="50"/>
        <source>Stage in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="50"/>
        <source>Stage here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="60"/>
        <source>Check the file to see any rows that cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="63"/>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="64"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="71"/>
        <source>How the file&apos;s columns become opportunities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="73"/>
        <source>How its stages map onto this process:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="85"/>
        <location filename="../ui/importdialog.cpp" line="180"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="90"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="91"/>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="108"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="167"/>
        <source>(choose a stage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="181"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="181"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="181"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="202"/>
        <source>New accounts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="205"/>
        <source>New owners: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="207"/>
        <source>%1 rows read; %2 cannot be imported as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="219"/>
        <source>The file cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="234"/>
        <location filename="../ui/importdialog.cpp" line="245"/>
        <location filename="../ui/importdialog.cpp" line="256"/>
        <location filename="../ui/importdialog.cpp" line="267"/>
        <location filename="../ui/importdialog.cpp" line="268"/>
        <source>Import Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importdialog.cpp" line="235"/>
        <source>%n row(s) cannot be imported (see the list). Import the other %1 rows and skip them?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="246"/>
        <source>The file names %1 account(s) and %2 owner(s) this database does not have yet. Create them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="257"/>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="261"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importdialog.cpp" line="269"/>
        <source>Imported %n opportunity(ies).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stageboard::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="42"/>
        <location filename="../ui/mainwindow.cpp" line="312"/>
        <source>Stageboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="50"/>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="83"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="85"/>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="88"/>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="91"/>
        <source>&amp;Import Opportunities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="95"/>
        <source>&amp;Export Opportunities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="99"/>
        <source>Export Stage &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="103"/>
        <source>Export &amp;Forecast…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="108"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="111"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="112"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="114"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="119"/>
        <source>&amp;New Opportunity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="121"/>
        <source>&amp;Edit Opportunity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>&amp;Delete Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="132"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="138"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="140"/>
        <source>&amp;Opportunity Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="144"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="145"/>
        <source>&amp;About Stageboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="146"/>
        <source>About Stageboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="147"/>
        <source>&lt;h3&gt;Stageboard %1&lt;/h3&gt;&lt;p&gt;Your sales process as a board: stages with guidance, gates and a full ledger of every move.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="152"/>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="159"/>
        <source>Filter by title, account, contact or next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="162"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="167"/>
        <source>Owner filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="174"/>
        <source>Acting as </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="177"/>
        <source>Acting as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="199"/>
        <source>The database was upgraded; the previous version was saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="216"/>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="253"/>
        <source>%1 — Stageboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="270"/>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="277"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="304"/>
        <source>%1 opportunities · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="305"/>
        <source>%1 of %2 opportunities shown · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="349"/>
        <source>Edit &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="366"/>
        <source>Delete Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="367"/>
        <source>Delete &quot;%1&quot;? Its stage history is kept, and Undo (%2) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="381"/>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="382"/>
        <source>Stageboard databases (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="392"/>
        <location filename="../ui/mainwindow.cpp" line="400"/>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="393"/>
        <source>Stageboard databases (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="397"/>
        <source>%1 already exists. Choose a new file name, or open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="401"/>
        <source>Fill the new database with demo opportunities?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::MoveResolver</name>
    <message>
        <location filename="../ui/moveresolver.cpp" line="55"/>
        <source>It never reached %1, so it will be recorded as Disqualified, not Closed Lost, and will not count against the win rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/moveresolver.cpp" line="66"/>
        <source>Move Refused</source>
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
        <location filename="../ui/opportunitydialog.cpp" line="127"/>
        <source>A&amp;mount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="130"/>
        <source>&amp;Close date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="133"/>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="134"/>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="165"/>
        <source>Title: an opportunity needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="167"/>
        <source>Title: control characters are not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="170"/>
        <source>Amount: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="174"/>
        <source>Currency: &quot;%1&quot; is not a three-letter ISO code such as USD or EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="179"/>
        <source>Close date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="181"/>
        <source>Close date: %1 is out of range (1900 to 2999).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::OpportunityPanel</name>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="62"/>
        <source>Opportunity details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="82"/>
        <source>Recommended activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="86"/>
        <source>Tick what is done; double-click to add a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="90"/>
        <location filename="../ui/opportunitypanel.cpp" line="376"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="96"/>
        <location filename="../ui/opportunitypanel.cpp" line="99"/>
        <source>Exit criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="112"/>
        <source>Disqualify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="124"/>
        <source>What happens next, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="129"/>
        <location filename="../ui/opportunitypanel.cpp" line="171"/>
        <source>Stage history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="130"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="130"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="138"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="169"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="184"/>
        <source>Double-click a card, or select it and press Enter, to see its stage guidance, checklist and history here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="243"/>
        <source>%1 · owner %2
%3 · closes %4 · %5 % probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="253"/>
        <source>Stage: %1 · owner: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="254"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="256"/>
        <source>Goal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="259"/>
        <source>Recommended activities (%1/%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="279"/>
        <source>A deal killer was answered no: %1. Consider disqualifying the deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="296"/>
        <source>Move to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="319"/>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="321"/>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="323"/>
        <source>disqualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="327"/>
        <source>override: %1 (unmet: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="332"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="334"/>
        <source>%1, by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="361"/>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="364"/>
        <source>Not Yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="368"/>
        <source>No — a Deal Killer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="373"/>
        <source>Note…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::Pipeline</name>
    <message>
        <location filename="../model/pipeline.cpp" line="187"/>
        <source>There is no stage %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/pipeline.cpp" line="198"/>
        <source>&quot;%1&quot; cannot move from %2 to %3: these required criteria are not met:
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/pipeline.cpp" line="204"/>
        <source>Only a manager can move &quot;%1&quot; past unmet required criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/pipeline.cpp" line="211"/>
        <source>Moving &quot;%1&quot; to %2 needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/pipeline.cpp" line="246"/>
        <source>Moved, but these advisory criteria are not met: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/pipeline.cpp" line="251"/>
        <source>Deal killer answered &quot;no&quot;: %1. Consider disqualifying the deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/pipeline.cpp" line="254"/>
        <source>&quot;%1&quot; never reached %2, so it is recorded as Disqualified, not Closed Lost; it does not count against the win rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/pipeline.cpp" line="277"/>
        <source>There is no exit criterion %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/pipeline.cpp" line="279"/>
        <source>Only %1 (or a manager) can sign off &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/pipeline.cpp" line="285"/>
        <source>&quot;%1&quot; is not a knock-out question; it is either met or not yet.</source>
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
        <location filename="../model/processdefinition.cpp" line="46"/>
        <source>Stage %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/processdefinition.cpp" line="52"/>
        <source>Stage &quot;%1&quot;: owner &quot;%2&quot; is not a role (rep, manager, admin, legal, finance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/processdefinition.cpp" line="61"/>
        <source>Stage &quot;%1&quot;: probability must be a number from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/processdefinition.cpp" line="66"/>
        <source>Stage &quot;%1&quot;: kind must be open, won or lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/processdefinition.cpp" line="74"/>
        <source>Stage &quot;%1&quot;: an activity has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/processdefinition.cpp" line="84"/>
        <source>Stage &quot;%1&quot;: exit criterion %2 has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/processdefinition.cpp" line="94"/>
        <source>Stage &quot;%1&quot;, criterion &quot;%2&quot;: sign-off &quot;%3&quot; is not a role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::Schema</name>
    <message>
        <location filename="../model/schema.cpp" line="174"/>
        <source>It holds tables, but is not a Stageboard database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schema.cpp" line="183"/>
        <source>It has no schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schema.cpp" line="187"/>
        <source>Its schema version &quot;%1&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::SqlStorage</name>
    <message>
        <location filename="../model/sqlstorage.cpp" line="218"/>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="225"/>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="230"/>
        <source>Cannot create the folder %1 for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="233"/>
        <source>%1 cannot be written to: it is read-only. Check its permissions, or open a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="245"/>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="249"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="262"/>
        <source>%1 is not a Stageboard database, or it is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="268"/>
        <source>Cannot prepare the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="273"/>
        <source>%1 cannot be written: %2. Another program may be using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="281"/>
        <source>%1 is not a Stageboard database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="284"/>
        <source>%1 was written by a newer version of Stageboard (database version %2; this version reads up to %3). It has not been changed. Please update Stageboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="298"/>
        <source>Cannot write the backup %1 before upgrading %2; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="308"/>
        <source>Cannot upgrade the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocess.cpp" line="55"/>
        <source>Cannot store the default process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocess.cpp" line="85"/>
        <source>Cannot read the stage guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocess.cpp" line="95"/>
        <source>Cannot store the stage guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocess.cpp" line="106"/>
        <source>Cannot store the exit criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocess.cpp" line="138"/>
        <source>Cannot update the checklist progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocess.cpp" line="150"/>
        <source>Cannot read the stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocess.cpp" line="177"/>
        <source>Cannot read the activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocess.cpp" line="195"/>
        <location filename="../model/sqlprocess.cpp" line="268"/>
        <source>Cannot read the exit criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocess.cpp" line="220"/>
        <source>Cannot read the close reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocess.cpp" line="241"/>
        <source>Cannot store the close reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocess.cpp" line="252"/>
        <source>Cannot read the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocess.cpp" line="310"/>
        <location filename="../model/sqlprocess.cpp" line="320"/>
        <location filename="../model/sqlprocess.cpp" line="339"/>
        <source>Cannot save the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="328"/>
        <source>Cannot read the users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="345"/>
        <source>Cannot read the accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="362"/>
        <source>Cannot read the opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="377"/>
        <source>Cannot read the opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="379"/>
        <location filename="../model/sqlstorage.cpp" line="643"/>
        <location filename="../model/sqlstorage.cpp" line="649"/>
        <source>The opportunity %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="418"/>
        <location filename="../model/sqlstorage.cpp" line="430"/>
        <source>Cannot read the stage history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="459"/>
        <source>Cannot add up the pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="482"/>
        <source>Cannot count the opportunities in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="526"/>
        <source>The stage %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="537"/>
        <source>Cannot create the opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="552"/>
        <source>Cannot record the new opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="575"/>
        <source>Cannot save the opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="603"/>
        <source>Cannot move the opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="609"/>
        <source>Cannot record the move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="622"/>
        <source>The opportunity %1 was changed or deleted elsewhere since it was read; nothing was saved. Look at it again and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="641"/>
        <source>Cannot delete the opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="673"/>
        <source>Cannot write the data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::StageChecklistModel</name>
    <message>
        <location filename="../model/stagechecklistmodel.cpp" line="101"/>
        <source> — sign-off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/stagechecklistmodel.cpp" line="103"/>
        <source> — answered no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/stagechecklistmodel.cpp" line="113"/>
        <source>Required: the deal cannot leave the stage without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/stagechecklistmodel.cpp" line="114"/>
        <source>Advisory: moving on without it only warns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/stagechecklistmodel.cpp" line="116"/>
        <source>Deal killer: answered no, consider disqualifying the deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/stagechecklistmodel.cpp" line="119"/>
        <source>%1 by %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/stagechecklistmodel.cpp" line="120"/>
        <source>Answered no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/stagechecklistmodel.cpp" line="120"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/stagechecklistmodel.cpp" line="125"/>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/stagechecklistmodel.cpp" line="129"/>
        <source>Only %1 or a manager can sign this off.</source>
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
        <location filename="../model/sqlutil.cpp" line="72"/>
        <source>Could not start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlutil.cpp" line="86"/>
        <source>Could not save the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::UndoRecorder</name>
    <message>
        <location filename="../ui/undorecorder.cpp" line="93"/>
        <source>Move &quot;%1&quot; to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/undorecorder.cpp" line="101"/>
        <source>New opportunity &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/undorecorder.cpp" line="108"/>
        <source>Edit &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/undorecorder.cpp" line="114"/>
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
        <location filename="../app/main.cpp" line="32"/>
        <source>Your sales process as a kanban board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="38"/>
        <source>Open the SQLite database at path (created with a demo pipeline when it does not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="40"/>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="55"/>
        <source>Stageboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="57"/>
        <source>Open Another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="62"/>
        <source>Use the Default Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="74"/>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
