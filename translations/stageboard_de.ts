<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Stageboard</name>
    <message>
        <location filename="../model/cli.cpp" line="71"/>
        <source>--deals must be a whole number from 0 to 10000000, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="81"/>
        <source>--seed must be a whole number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="108"/>
        <source>Created %1 with %2 opportunities in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="55"/>
        <location filename="../model/cli.cpp" line="766"/>
        <source>There is no database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="40"/>
        <source>There is no stage named &quot;%1&quot;. The stages are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="96"/>
        <source>%1 already holds %2 opportunities; demo data goes into a new database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="168"/>
        <source>Cannot write to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="211"/>
        <source>--deal must be an opportunity id, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="306"/>
        <location filename="../model/cli.cpp" line="331"/>
        <source>move needs --deal ID --to STAGE --as USER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="251"/>
        <source>There is no user named &quot;%1&quot;; see the users command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="240"/>
        <source>Your login acts as %1 on this server, and may not act as &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../model/cli.cpp" line="295"/>
        <source>%n login(s) created; pass each new password on to its person, who changes it with &quot;\password&quot; in psql. Logins that existed keep their password.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="349"/>
        <source>Give it with --reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="357"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="359"/>
        <source>Moved &quot;%1&quot; from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="368"/>
        <source>history needs --deal ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="415"/>
        <source>--delimiter must be &quot;,&quot;, &quot;;&quot; or &quot;tab&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="428"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="486"/>
        <source>Wrote %1 rows to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="495"/>
        <location filename="../model/cli.cpp" line="703"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="510"/>
        <source>--stage-map needs FROM=STAGE with a stage of this process, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="533"/>
        <location filename="../model/cli.cpp" line="708"/>
        <location filename="../model/fieldrules.cpp" line="80"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="541"/>
        <source>%1 and %2 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../model/cli.cpp" line="546"/>
        <source>%n account(s) do not exist yet: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/cli.cpp" line="552"/>
        <source>%n owner(s) do not exist yet: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="558"/>
        <source>Checked %1 rows: %2 bad. Nothing was imported (dry run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="563"/>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="565"/>
        <source>Fix the rows above, or import the others with --skip-bad-rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="568"/>
        <source>Create the missing accounts and owners with --create-missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="571"/>
        <source>Imported %1 of %2 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="587"/>
        <source>--%1 must be a date (YYYY-MM-DD) or a month (YYYY-MM), not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="604"/>
        <source>--by must be month, quarter, year, rep or stage, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="619"/>
        <source>--from must not come after --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../model/cli.cpp" line="643"/>
        <source>%n deal(s) left out: no exchange rate into %1 for %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="838"/>
        <source>The SQLite database file, or postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="839"/>
        <source>database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="863"/>
        <source>move, import: who does it (a user&apos;s name); on a server that knows your login, you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="858"/>
        <source>forecast: month (default), quarter, year, rep or stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="858"/>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="860"/>
        <source>forecast: also record today&apos;s forecast snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="439"/>
        <source>export takes opportunities, history or forecast, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="446"/>
        <source>--period must be month or quarter, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="692"/>
        <source>process takes export, or import FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="716"/>
        <source>Added the pipeline &quot;%1&quot; with %2 stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="729"/>
        <source>There is no pipeline named &quot;%1&quot;; there are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="737"/>
        <source>The database has no pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="762"/>
        <source>copy needs --from DATABASE and --to DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="783"/>
        <source>%1: %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="793"/>
        <source>Copied %1 rows from %2 to %3 in %4 s; every table&apos;s count matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="805"/>
        <source>Works with Stageboard databases without a display.

Commands:
  demo     Create a database with the default process and N generated deals.
  list     Print the opportunities as CSV (id,title,account,owner,stage,amount,currency,close_date,outcome).
  users    Print the users as CSV (name,role,login).
  move     Move a deal through its stage gates; exits 3 when a gate refuses.
  history  Print a deal&apos;s stage ledger as CSV.
  forecast Print the forecast as CSV (period, deals, amount, weighted, commit,
           best_case, closed_won, quota); commit is closed won plus deals in
           Commit, best_case is commit plus deals in Best Case.
  export opportunities|history|forecast  Write CSV to --output FILE, or to standard output.
  import FILE  Import opportunities from CSV (Salesforce, HubSpot, Pipedrive or
           Stageboard headers); exits 3 when rows are refused.
  copy     Copy a whole database --from one --to another, e.g. a file onto a new
           shared server (postgresql://user@host:port/database), checking that
           every table&apos;s row count matches.
  process export|import FILE  Write a pipeline&apos;s process (--pipeline NAME, else the
           first) as JSON to --output FILE or standard output, or add the process in
           FILE as a new pipeline.
  setup-roles  On a PostgreSQL server, as the database&apos;s owner: give every user a
           login of their own and let the server enforce what each role may do
           (prints login,name,role,new_password as CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="830"/>
        <source>demo, list, users, move, history, forecast, export, import, process, copy or setup-roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="833"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="834"/>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="840"/>
        <source>demo: how many deals to generate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="840"/>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="843"/>
        <source>demo: the random seed; the same seed gives the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="845"/>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="847"/>
        <source>list: only the deals in this stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="847"/>
        <location filename="../model/cli.cpp" line="883"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="849"/>
        <source>move, history: the opportunity&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="849"/>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="851"/>
        <source>move: the stage to move to. forecast: the last close month. copy: the database to copy into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="853"/>
        <source>stage|date|database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="855"/>
        <source>forecast: the first close month (YYYY-MM). copy: the database to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="856"/>
        <source>date|database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="865"/>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="866"/>
        <source>move: why it was won or lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="866"/>
        <location filename="../model/cli.cpp" line="886"/>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="867"/>
        <source>export: the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="867"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="869"/>
        <source>export: , (default), ; or tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="869"/>
        <source>delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="870"/>
        <source>export forecast: month (default) or quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="871"/>
        <source>period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="873"/>
        <source>export: start with a byte-order mark, for spreadsheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="874"/>
        <source>import: check every row, import nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="876"/>
        <source>import: read stage FROM as this process&apos;s STAGE (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="877"/>
        <source>FROM=STAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="879"/>
        <source>import: create accounts and owners the database lacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="881"/>
        <source>import: import the good rows even when some are bad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="883"/>
        <source>process export: the pipeline to write (its name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="885"/>
        <source>move: a manager&apos;s reason to move past unmet required criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="908"/>
        <source>Give one command: demo, list, users, move, history, forecast, export, import, process, copy or setup-roles. See --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="916"/>
        <source>--database PATH is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="939"/>
        <source>Unknown command &quot;%1&quot;; use demo, list, users, move, history, forecast, export, import, process, copy or setup-roles.</source>
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
    <message>
        <location filename="../model/fieldrules.cpp" line="31"/>
        <source>is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fieldrules.cpp" line="33"/>
        <source>contains control characters (such as line breaks or escape codes), which are not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fieldrules.cpp" line="41"/>
        <source>is empty; every opportunity needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fieldrules.cpp" line="48"/>
        <source>%1 is out of range (%2 to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fieldrules.cpp" line="59"/>
        <source>%1 is negative; an amount must be zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fieldrules.cpp" line="61"/>
        <source>%1 is too large; the largest amount is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fieldrules.cpp" line="70"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fieldrules.cpp" line="71"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fieldrules.cpp" line="72"/>
        <source>Close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fieldrules.cpp" line="73"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fieldrules.cpp" line="74"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fieldrules.cpp" line="75"/>
        <source>Close reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/fieldrules.cpp" line="83"/>
        <source>Probability: %1 is not a percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::BoardModel</name>
    <message>
        <location filename="../model/boardmodel.cpp" line="385"/>
        <location filename="../model/boardmodel.cpp" line="436"/>
        <location filename="../model/boardmodel.cpp" line="457"/>
        <location filename="../model/boardmodel.cpp" line="488"/>
        <location filename="../model/boardmodel.cpp" line="509"/>
        <source>The opportunity %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/boardmodel.cpp" line="396"/>
        <source>&quot;%1&quot; was deleted elsewhere; nothing was moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/boardmodel.cpp" line="406"/>
        <source>&quot;%1&quot; was moved to %2 elsewhere meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/boardmodel.cpp" line="408"/>
        <source>%3 moved &quot;%1&quot; to %2 meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/boardmodel.cpp" line="411"/>
        <source>The board shows it there now; nothing was moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/boardmodel.cpp" line="475"/>
        <source>The stage %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/boardmodel.cpp" line="615"/>
        <source>Next step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/boardmodel.cpp" line="617"/>
        <source>Required exit criteria of %1 are not all met yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/boardmodel.cpp" line="619"/>
        <source>Disqualified: lost before it reached qualification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/undorecorder.cpp" line="70"/>
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
    <name>Stageboard::ConflictDialog</name>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="25"/>
        <source>Changed by Someone Else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="28"/>
        <source>&lt;b&gt;&quot;%1&quot; was changed elsewhere while you edited it.&lt;/b&gt;&lt;br&gt;Nothing has been saved yet. For each field below, choose your value or the one saved meanwhile. Fields only one of you changed start with that change; fields you both changed are in bold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="39"/>
        <source>Fields that differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="40"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="40"/>
        <source>Your edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="40"/>
        <source>Saved elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="55"/>
        <source>You both changed this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="63"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="65"/>
        <source>Keep your %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="65"/>
        <source>Keep the saved %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="77"/>
        <source>Save These Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="79"/>
        <source>Discard My Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="80"/>
        <source>Keep the deal as it was saved elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::ConnectionDialog</name>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="19"/>
        <source>Connect to a Shared Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="36"/>
        <source>db.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="37"/>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="42"/>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="44"/>
        <source>stageboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="45"/>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="50"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="53"/>
        <source>Asked by the server, if at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="54"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="58"/>
        <source>Never encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="59"/>
        <source>Encrypt if the server insists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="60"/>
        <source>Encrypt when the server can (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="61"/>
        <source>Always encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="62"/>
        <source>Always encrypt, and check the server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="63"/>
        <source>Always encrypt, check the certificate and the server&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="70"/>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="73"/>
        <source>&amp;Remember the password in the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="78"/>
        <source>This desktop has no keyring: Stageboard asks for the password each time, and never writes it to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="84"/>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="88"/>
        <source>Create &amp;New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="90"/>
        <source>Creates the database on the server (your user needs the right to create databases) and sets it up with the default sales process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="131"/>
        <source>Enter the server&apos;s name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="132"/>
        <source>Enter the database&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="133"/>
        <source>Enter the user to log in as.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::CsvActions</name>
    <message>
        <location filename="../ui/csvactions.cpp" line="26"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="43"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="47"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="48"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="69"/>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/csvactions.cpp" line="74"/>
        <source>Wrote %n row(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="85"/>
        <source>Export Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="95"/>
        <source>Export Stage History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="105"/>
        <source>Export Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="125"/>
        <location filename="../ui/csvactions.cpp" line="135"/>
        <source>Import Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/csvactions.cpp" line="127"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::CsvExporter</name>
    <message>
        <location filename="../model/csvexport.cpp" line="126"/>
        <location filename="../model/csvexport.cpp" line="132"/>
        <location filename="../model/csvexport.cpp" line="161"/>
        <location filename="../model/csvexport.cpp" line="181"/>
        <location filename="../model/csvexport.cpp" line="197"/>
        <location filename="../model/csvexport.cpp" line="213"/>
        <source>Cannot write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvexport.cpp" line="184"/>
        <location filename="../model/csvexport.cpp" line="218"/>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::CsvImporter</name>
    <message>
        <location filename="../model/csvimport.cpp" line="131"/>
        <source>the row has %1 fields, the header has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvimport.cpp" line="169"/>
        <source>&quot;%1&quot; is not a stage of this process; map it onto one (e.g. --stage-map &quot;%1=%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvimport.cpp" line="185"/>
        <source>&quot;%1&quot; is not a three-letter currency code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvimport.cpp" line="193"/>
        <source>&quot;%1&quot; is not a date; use YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvimport.cpp" line="213"/>
        <source>&quot;%1&quot; is not a percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvimport.cpp" line="283"/>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvimport.cpp" line="285"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvimport.cpp" line="287"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvimport.cpp" line="289"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvimport.cpp" line="291"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvimport.cpp" line="293"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvimport.cpp" line="295"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvimport.cpp" line="297"/>
        <source>Close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvimport.cpp" line="299"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvimport.cpp" line="301"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvimport.cpp" line="303"/>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvimport.cpp" line="305"/>
        <source>Close reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvimport.cpp" line="328"/>
        <location filename="../model/csvimport.cpp" line="438"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvimport.cpp" line="329"/>
        <source>line %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvimport.cpp" line="346"/>
        <source>The process has no stages to import into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvimport.cpp" line="358"/>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvimport.cpp" line="363"/>
        <source>No column holds the opportunities&apos; titles (e.g. &quot;Opportunity Name&quot;, &quot;Deal Name&quot;, &quot;Title&quot;). The header is: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvimport.cpp" line="400"/>
        <source>line 1: the file has a header but no opportunities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvimport.cpp" line="406"/>
        <source>The file cannot be read a second time (it is not seekable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvimport.cpp" line="433"/>
        <source>line %1 changed while it was being imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvimport.cpp" line="455"/>
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
        <location filename="../model/csvreader.cpp" line="120"/>
        <source>the file is not valid UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvreader.cpp" line="150"/>
        <source>text follows the closing quote of a field; a quote inside a quoted field is written twice (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvreader.cpp" line="156"/>
        <source>a field is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvreader.cpp" line="160"/>
        <source>a quoted field starts here and is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::DashboardView</name>
    <message>
        <location filename="../ui/dashboardview.cpp" line="210"/>
        <source>First close month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="211"/>
        <source>Last close month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="213"/>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="214"/>
        <source>By quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="215"/>
        <source>By year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="216"/>
        <source>Group periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="219"/>
        <source>Rep filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="221"/>
        <source>Territory filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="223"/>
        <source>Stage filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="226"/>
        <source>Pipeline filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="236"/>
        <source>Close from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="238"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="249"/>
        <source>Take Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="250"/>
        <source>Record today&apos;s forecast, to compare with what closes. Stageboard also records one each day it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="261"/>
        <source>Closed won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="261"/>
        <source>Won deals closing in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="262"/>
        <location filename="../ui/dashboardview.cpp" line="384"/>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="262"/>
        <source>The quotas of the reps shown, in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="263"/>
        <source>Attainment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="263"/>
        <source>Closed won ÷ quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="264"/>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="264"/>
        <source>Open pipeline ÷ the quota still to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="265"/>
        <source>Win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="265"/>
        <source>Won ÷ (won + lost); disqualified deals are not losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="266"/>
        <source>Average deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="266"/>
        <source>The average amount of a won deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="267"/>
        <source>Sales cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="267"/>
        <source>Average days from creation to won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="268"/>
        <source>Stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="268"/>
        <source>Open deals past their stage&apos;s age limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="298"/>
        <source>Forecast by close period, against quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="299"/>
        <source>Open pipeline by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="300"/>
        <source>Reps against quota (largest best case first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="301"/>
        <source>Conversion funnel: deals that reached each stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="302"/>
        <source>Forecast over time, against what closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="303"/>
        <source>Stage probability: configured and observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="307"/>
        <source>Stalled deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="309"/>
        <source>Stalled Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="311"/>
        <location filename="../ui/dashboardview.cpp" line="410"/>
        <source>Forecast by period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="312"/>
        <source>Periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="313"/>
        <source>Forecast by rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="314"/>
        <source>Reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="315"/>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="317"/>
        <source>Forecast snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="318"/>
        <source>Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="347"/>
        <location filename="../ui/dashboardview.cpp" line="984"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="360"/>
        <location filename="../ui/dashboardview.cpp" line="500"/>
        <source>%1
%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="406"/>
        <source>%1
Quota: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="429"/>
        <source>Pipeline by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="447"/>
        <source>Reps against quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="469"/>
        <source>Conversion funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="505"/>
        <source>Forecast over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="518"/>
        <source>Probability of closing won (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="525"/>
        <source>Configured and observed probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="539"/>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="540"/>
        <source>Save %1 as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="544"/>
        <source>Save Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="547"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="552"/>
        <source>Cannot write the image %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="582"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="583"/>
        <source>Export %1 as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="722"/>
        <source>The forecast could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="759"/>
        <source>All reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="765"/>
        <source>All territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="771"/>
        <source>All pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="776"/>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="791"/>
        <source>%1 ▸ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="930"/>
        <source>Q%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="954"/>
        <source>%1&lt;br&gt;n = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="969"/>
        <source>%1 → %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="990"/>
        <source>%1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="995"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="1000"/>
        <source>Amounts in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboardview.cpp" line="1004"/>
        <source>%n deal(s) left out: no exchange rate into %1 for %2 (Forecast ▸ Quotas and Currencies).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboardview.cpp" line="1010"/>
        <source>%n open deal(s) past their close date are counted in this month.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="1014"/>
        <source>Quotas are set per rep, so they are not shown for one territory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="1016"/>
        <source>The forecast over time is not split by stage: it shows every stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="1040"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="1045"/>
        <source>Stageboard forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="1055"/>
        <source>Export Dashboard as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="1058"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::DatabaseCopy</name>
    <message>
        <location filename="../model/databasecopy.cpp" line="58"/>
        <source>%1 already holds %2 opportunities; copy into a new, empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/databasecopy.cpp" line="74"/>
        <source>Cannot empty %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/databasecopy.cpp" line="85"/>
        <source>Cannot read %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/databasecopy.cpp" line="121"/>
        <location filename="../model/databasecopy.cpp" line="126"/>
        <source>Cannot copy %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/databasecopy.cpp" line="123"/>
        <location filename="../model/databasecopy.cpp" line="128"/>
        <source>The copy was stopped; %1 was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/databasecopy.cpp" line="139"/>
        <source>Cannot find the ids of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/databasecopy.cpp" line="148"/>
        <source>Cannot set the next id of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/databasecopy.cpp" line="161"/>
        <source>The copy of %1 does not match: %2 rows in %3, %4 in %5. Nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::DatabaseLocation</name>
    <message>
        <location filename="../model/databaselocation.cpp" line="39"/>
        <source>&quot;%1&quot; is not a valid PostgreSQL address: %2. Write it as postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/databaselocation.cpp" line="52"/>
        <source>&quot;%1&quot; names no database: write it as postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/databaselocation.cpp" line="57"/>
        <source>&quot;%1&quot;: the port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/databaselocation.cpp" line="62"/>
        <source>&quot;%1&quot; is not an SSL mode; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/databaselocation.cpp" line="67"/>
        <source>&quot;%1&quot; is not a setting Stageboard knows in a PostgreSQL address (only sslmode is).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::DemoGenerator</name>
    <message>
        <location filename="../model/demogenerator.cpp" line="88"/>
        <source>The process needs open, won and lost stages to generate demo data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::EditConflict</name>
    <message>
        <location filename="../model/editconflict.cpp" line="121"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/editconflict.cpp" line="123"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/editconflict.cpp" line="125"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/editconflict.cpp" line="127"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/editconflict.cpp" line="129"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/editconflict.cpp" line="131"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/editconflict.cpp" line="133"/>
        <source>Close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/editconflict.cpp" line="135"/>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/editconflict.cpp" line="137"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/editconflict.cpp" line="139"/>
        <source>Forecast category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/editconflict.cpp" line="162"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/editconflict.cpp" line="164"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/editconflict.cpp" line="164"/>
        <location filename="../model/editconflict.cpp" line="169"/>
        <source>(the stage&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::ForecastCategory</name>
    <message>
        <location filename="../model/types.cpp" line="33"/>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/types.cpp" line="35"/>
        <source>Best Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/types.cpp" line="37"/>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/types.cpp" line="39"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/types.cpp" line="41"/>
        <source>Omitted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::ForecastSettingsDialog</name>
    <message>
        <location filename="../ui/forecastsettingsdialog.cpp" line="39"/>
        <source>Quotas and Currencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forecastsettingsdialog.cpp" line="52"/>
        <location filename="../ui/forecastsettingsdialog.cpp" line="63"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forecastsettingsdialog.cpp" line="53"/>
        <source>Monthly quotas of closed-won business for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forecastsettingsdialog.cpp" line="58"/>
        <source>Quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forecastsettingsdialog.cpp" line="76"/>
        <source>&amp;Quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forecastsettingsdialog.cpp" line="86"/>
        <source>Report totals in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forecastsettingsdialog.cpp" line="89"/>
        <source>How much one unit of each currency is worth in the reporting currency. Deals in a currency without a rate are left out of the forecast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forecastsettingsdialog.cpp" line="93"/>
        <source>Exchange rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forecastsettingsdialog.cpp" line="94"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forecastsettingsdialog.cpp" line="94"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forecastsettingsdialog.cpp" line="100"/>
        <source>&amp;Currencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forecastsettingsdialog.cpp" line="114"/>
        <source>Only managers and admins change quotas and rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forecastsettingsdialog.cpp" line="209"/>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forecastsettingsdialog.cpp" line="226"/>
        <source>Quota of %1 for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forecastsettingsdialog.cpp" line="252"/>
        <source>The reporting currency must be a three-letter code such as USD or EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forecastsettingsdialog.cpp" line="271"/>
        <source>The rate of %1: &quot;%2&quot; is not a number above zero.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::ForecastTableModel</name>
    <message>
        <location filename="../model/forecastmodels.cpp" line="101"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/forecastmodels.cpp" line="103"/>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/forecastmodels.cpp" line="118"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/forecastmodels.cpp" line="122"/>
        <location filename="../model/forecastmodels.cpp" line="152"/>
        <source>Cannot write the table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/forecastmodels.cpp" line="155"/>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::ForecastTables</name>
    <message>
        <location filename="../model/forecastmodels.cpp" line="240"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/forecastmodels.cpp" line="241"/>
        <location filename="../model/forecastmodels.cpp" line="258"/>
        <location filename="../model/forecastmodels.cpp" line="302"/>
        <source>Closed won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/forecastmodels.cpp" line="242"/>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/forecastmodels.cpp" line="243"/>
        <source>Best Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/forecastmodels.cpp" line="244"/>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/forecastmodels.cpp" line="245"/>
        <location filename="../model/forecastmodels.cpp" line="260"/>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/forecastmodels.cpp" line="246"/>
        <location filename="../model/forecastmodels.cpp" line="263"/>
        <location filename="../model/forecastmodels.cpp" line="272"/>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/forecastmodels.cpp" line="247"/>
        <location filename="../model/forecastmodels.cpp" line="273"/>
        <location filename="../model/forecastmodels.cpp" line="291"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/forecastmodels.cpp" line="248"/>
        <location filename="../model/forecastmodels.cpp" line="262"/>
        <location filename="../model/forecastmodels.cpp" line="274"/>
        <location filename="../model/forecastmodels.cpp" line="299"/>
        <source>Weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/forecastmodels.cpp" line="249"/>
        <location filename="../model/forecastmodels.cpp" line="261"/>
        <location filename="../model/forecastmodels.cpp" line="300"/>
        <source>Commit forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/forecastmodels.cpp" line="250"/>
        <location filename="../model/forecastmodels.cpp" line="259"/>
        <location filename="../model/forecastmodels.cpp" line="301"/>
        <source>Best-case forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/forecastmodels.cpp" line="251"/>
        <location filename="../model/forecastmodels.cpp" line="264"/>
        <source>Attainment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/forecastmodels.cpp" line="257"/>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/forecastmodels.cpp" line="265"/>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/forecastmodels.cpp" line="271"/>
        <location filename="../model/forecastmodels.cpp" line="288"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/forecastmodels.cpp" line="275"/>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/forecastmodels.cpp" line="276"/>
        <source>To next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/forecastmodels.cpp" line="277"/>
        <source>Average time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/forecastmodels.cpp" line="278"/>
        <source>Configured probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/forecastmodels.cpp" line="279"/>
        <source>Observed probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/forecastmodels.cpp" line="280"/>
        <source>Closed deals seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/forecastmodels.cpp" line="286"/>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/forecastmodels.cpp" line="287"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/forecastmodels.cpp" line="289"/>
        <source>Days in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/forecastmodels.cpp" line="290"/>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/forecastmodels.cpp" line="297"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/forecastmodels.cpp" line="298"/>
        <source>Time</source>
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
    <name>Stageboard::GuidanceModel</name>
    <message>
        <location filename="../model/guidancemodel.cpp" line="86"/>
        <source>There is no item in row %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/guidancemodel.cpp" line="99"/>
        <source>There is no such place in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/guidancemodel.cpp" line="145"/>
        <location filename="../model/guidancemodel.cpp" line="209"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/guidancemodel.cpp" line="145"/>
        <source>Advisory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/guidancemodel.cpp" line="149"/>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/guidancemodel.cpp" line="157"/>
        <source>Deal killer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/guidancemodel.cpp" line="207"/>
        <source>Recommended activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/guidancemodel.cpp" line="207"/>
        <source>Exit criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/guidancemodel.cpp" line="211"/>
        <source>Signed off by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/guidancemodel.cpp" line="213"/>
        <source>Knock-out</source>
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
    <name>Stageboard::KeychainPasswordStore</name>
    <message>
        <location filename="../ui/passwordstore.cpp" line="79"/>
        <source>There is no keyring on this desktop to keep the password in; Stageboard will ask for it each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/passwordstore.cpp" line="88"/>
        <source>The keyring did not answer; the password was not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/passwordstore.cpp" line="90"/>
        <source>The keyring did not keep the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="55"/>
        <location filename="../ui/mainwindow.cpp" line="637"/>
        <source>Stageboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="58"/>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="87"/>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="159"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="161"/>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="164"/>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="166"/>
        <source>&amp;Connect to Shared Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="178"/>
        <source>&amp;Import Opportunities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="182"/>
        <source>&amp;Export Opportunities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="186"/>
        <source>Export Stage &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190"/>
        <source>Export &amp;Forecast…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="195"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="198"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="199"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="201"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="206"/>
        <source>&amp;New Opportunity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="208"/>
        <source>&amp;Edit Opportunity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="213"/>
        <source>&amp;Delete Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="219"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="225"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="227"/>
        <source>&amp;Opportunity Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="232"/>
        <source>&amp;Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="234"/>
        <source>&amp;Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="237"/>
        <source>F&amp;orecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="238"/>
        <source>&amp;Quotas and Currencies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="239"/>
        <source>Take &amp;Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="243"/>
        <source>Today&apos;s forecast was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="246"/>
        <source>Export Dashboard as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="250"/>
        <source>&amp;Print Dashboard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="256"/>
        <source>&amp;Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="257"/>
        <source>Edit Sales &amp;Process…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="260"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="261"/>
        <source>&amp;About Stageboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="262"/>
        <source>About Stageboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="263"/>
        <source>&lt;h3&gt;Stageboard %1&lt;/h3&gt;&lt;p&gt;Your sales process as a board: stages with guidance, gates and a full ledger of every move.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="57"/>
        <location filename="../ui/mainwindow.cpp" line="268"/>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="275"/>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="276"/>
        <source>The pipeline the board shows; each has its own stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="287"/>
        <source>Filter by title, account, contact or next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="290"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="295"/>
        <source>Owner filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="302"/>
        <source>Acting as </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="305"/>
        <source>Acting as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="348"/>
        <source>No shared database was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="395"/>
        <source>The database was upgraded; the previous version was saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="413"/>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="458"/>
        <source>The sales process was changed by an admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="505"/>
        <source>%1 on %2 — Stageboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="506"/>
        <source>%1 — Stageboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="540"/>
        <source>Edit the stages, checklists and gates of the process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="541"/>
        <source>Only an admin can change the sales process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="581"/>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="588"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="601"/>
        <source>You signed in to the server as this person; the server lets you act only as yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="603"/>
        <source>Who moves, edits and signs off: the gates and sign-offs follow this person&apos;s role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="625"/>
        <source>%1 opportunities · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="626"/>
        <source>%1 of %2 opportunities shown · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="647"/>
        <source>Not connected to %1: the server does not answer. Nothing can be changed until it is back; everything saved is kept. Trying again every few seconds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="672"/>
        <source>Connected again to %1; the board shows every change made meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="722"/>
        <source>Edit &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="735"/>
        <source>&quot;%1&quot; was deleted elsewhere while you edited it; your edit was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="746"/>
        <source>Your edit of &quot;%1&quot; was discarded; the board shows it as saved elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="763"/>
        <source>Delete Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="764"/>
        <source>Delete &quot;%1&quot;? Its stage history is kept, and Undo (%2) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="778"/>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="779"/>
        <source>Stageboard databases (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="789"/>
        <location filename="../ui/mainwindow.cpp" line="797"/>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="790"/>
        <source>Stageboard databases (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="794"/>
        <source>%1 already exists. Choose a new file name, or open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="798"/>
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
        <location filename="../ui/opportunitydialog.cpp" line="31"/>
        <source>Edit Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="31"/>
        <source>New Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="50"/>
        <source>Existing or new account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="81"/>
        <source>Pick…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="104"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="110"/>
        <source>%1 (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="126"/>
        <source>As the stage says (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="144"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="145"/>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="147"/>
        <source>A&amp;mount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="150"/>
        <source>&amp;Close date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="153"/>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="154"/>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="155"/>
        <source>&amp;Forecast category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="186"/>
        <source>Title: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="189"/>
        <source>Amount: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="193"/>
        <source>Currency: &quot;%1&quot; is not a three-letter ISO code such as USD or EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitydialog.cpp" line="198"/>
        <location filename="../ui/opportunitydialog.cpp" line="200"/>
        <source>Close date: %1</source>
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
        <location filename="../ui/opportunitypanel.cpp" line="404"/>
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
        <location filename="../ui/opportunitypanel.cpp" line="185"/>
        <source>Double-click a card, or select it and press Enter, to see its stage guidance, checklist and history here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="252"/>
        <source>%1 · owner %2
%3 · closes %4 · %5 % probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="262"/>
        <source>Stage: %1 · owner: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="263"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="265"/>
        <source>Goal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="268"/>
        <source>Recommended activities (%1/%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="288"/>
        <source>A deal killer was answered no: %1. Consider disqualifying the deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="305"/>
        <source>Move to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="329"/>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="331"/>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="333"/>
        <source>disqualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="339"/>
        <source>override: %1 (unmet: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="344"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="346"/>
        <source>%1, by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="373"/>
        <source>The next step of &quot;%1&quot; was changed elsewhere to &quot;%2&quot; meanwhile; yours (&quot;%3&quot;) was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="389"/>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="392"/>
        <source>Not Yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="396"/>
        <source>No — a Deal Killer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="401"/>
        <source>Note…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::Pipeline</name>
    <message>
        <location filename="../model/pipeline.cpp" line="234"/>
        <source>There is no stage %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/pipeline.cpp" line="239"/>
        <source>&quot;%1&quot; belongs to the pipeline &quot;%2&quot;, and %3 is not one of its stages; a deal stays in its pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/pipeline.cpp" line="251"/>
        <source>&quot;%1&quot; cannot move from %2 to %3: these required criteria are not met:
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/pipeline.cpp" line="257"/>
        <source>Only a manager can move &quot;%1&quot; past unmet required criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/pipeline.cpp" line="264"/>
        <source>Moving &quot;%1&quot; to %2 needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/pipeline.cpp" line="299"/>
        <source>Moved, but these advisory criteria are not met: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/pipeline.cpp" line="304"/>
        <source>Deal killer answered &quot;no&quot;: %1. Consider disqualifying the deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/pipeline.cpp" line="307"/>
        <source>&quot;%1&quot; never reached %2, so it is recorded as Disqualified, not Closed Lost; it does not count against the win rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/pipeline.cpp" line="330"/>
        <source>There is no exit criterion %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/pipeline.cpp" line="332"/>
        <source>Only %1 (or a manager) can sign off &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/pipeline.cpp" line="338"/>
        <source>&quot;%1&quot; is not a knock-out question; it is either met or not yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::ProcessDefinition</name>
    <message>
        <location filename="../model/processdefinition.cpp" line="26"/>
        <source>The process definition is not valid JSON at line %1, column %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/processdefinition.cpp" line="35"/>
        <source>The file is not a Stageboard process definition (&quot;format&quot; is not &quot;stageboard-process&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/processdefinition.cpp" line="40"/>
        <source>The process definition is of format version %1, newer than this Stageboard reads (%2): update Stageboard to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/processdefinition.cpp" line="47"/>
        <source>The process definition has no &quot;name&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/processdefinition.cpp" line="49"/>
        <source>The process definition has no &quot;stages&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/processdefinition.cpp" line="52"/>
        <source>The process definition has no stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/processdefinition.cpp" line="62"/>
        <source>Stage &quot;%1&quot;: &quot;%2&quot; must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/processdefinition.cpp" line="70"/>
        <source>Stage %1 is not an object with a name and fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/processdefinition.cpp" line="77"/>
        <source>Stage %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/processdefinition.cpp" line="80"/>
        <source>Two stages are named &quot;%1&quot;; each needs its own name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/processdefinition.cpp" line="94"/>
        <source>Stage &quot;%1&quot;: owner &quot;%2&quot; is not a role (rep, manager, admin, legal, finance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/processdefinition.cpp" line="103"/>
        <source>Stage &quot;%1&quot;: probability must be a number from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/processdefinition.cpp" line="108"/>
        <source>Stage &quot;%1&quot;: kind must be open, won or lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/processdefinition.cpp" line="113"/>
        <source>Stage &quot;%1&quot;: rotDays must be a number of days from 1 to 3650.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/processdefinition.cpp" line="123"/>
        <source>Stage &quot;%1&quot;: forecastCategory must be pipeline, best_case, commit, closed or omitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/processdefinition.cpp" line="132"/>
        <source>Stage &quot;%1&quot;: an activity has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/processdefinition.cpp" line="142"/>
        <source>Stage &quot;%1&quot;: exit criterion %2 has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/processdefinition.cpp" line="152"/>
        <source>Stage &quot;%1&quot;, criterion &quot;%2&quot;: sign-off &quot;%3&quot; is not a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/processdefinition.cpp" line="164"/>
        <source>The process has no open stage for a deal to start in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::ProcessEdit</name>
    <message>
        <location filename="../model/processmodel.cpp" line="53"/>
        <source>Rename Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/processmodel.cpp" line="54"/>
        <source>Edit &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/processmodel.cpp" line="57"/>
        <source>Add Stage &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/processmodel.cpp" line="60"/>
        <source>Remove Stage &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/processmodel.cpp" line="63"/>
        <source>Reorder Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/processmodel.cpp" line="65"/>
        <source>Edit Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/processmodel.cpp" line="67"/>
        <source>Rename Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::ProcessEditor</name>
    <message>
        <location filename="../ui/processeditor.cpp" line="55"/>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="91"/>
        <source>won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="93"/>
        <source>lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="94"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="187"/>
        <source>Sales Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="196"/>
        <source>Stages, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="200"/>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="206"/>
        <source>Drag a stage to change the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="211"/>
        <source>&amp;Add Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="211"/>
        <source>Add a stage after the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="213"/>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="213"/>
        <source>Take the stage out of the process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="215"/>
        <location filename="../ui/processeditor.cpp" line="462"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="215"/>
        <source>Move the stage earlier (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="217"/>
        <location filename="../ui/processeditor.cpp" line="463"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="217"/>
        <source>Move the stage later (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="222"/>
        <source>New stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="237"/>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="241"/>
        <source>Advice on the process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="260"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="262"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="310"/>
        <source>&amp;Pipeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="327"/>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="327"/>
        <source>Add a pipeline, empty or with a copy of these stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="329"/>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="329"/>
        <source>Rename this pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="330"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="330"/>
        <source>Delete this pipeline (only one that never held a deal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="332"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="332"/>
        <source>Add a pipeline from a process file (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="334"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="334"/>
        <source>Save this pipeline&apos;s process as a file to share (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="354"/>
        <source>A state reached, e.g. &quot;Qualified&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="355"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="359"/>
        <source>Open: deals are worked here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="360"/>
        <source>Won: closes a deal as won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="361"/>
        <source>Lost: closes a deal as lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="362"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="367"/>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="369"/>
        <source>&amp;Probability of close:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="375"/>
        <source>&amp;Forecast category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="380"/>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="381"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="383"/>
        <source>A deal longer than this in the stage is shown as stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="384"/>
        <source>&amp;Age limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="397"/>
        <source>Owned by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="401"/>
        <source>What is true of a deal in this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="405"/>
        <source>&amp;Definition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="409"/>
        <source>What the rep sets out to do here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="413"/>
        <source>&amp;Goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="416"/>
        <source>Add A&amp;ctivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="416"/>
        <source>New activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="417"/>
        <source>Add &amp;Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="418"/>
        <source>New exit criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="461"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="461"/>
        <source>Remove the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="462"/>
        <source>Move the selected item earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="463"/>
        <source>Move the selected item later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="606"/>
        <source>Nothing to point out: every stage has a state reached as its name, a definition, an owner and two to eight activities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="664"/>
        <location filename="../ui/processeditor.cpp" line="688"/>
        <source>Remove Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="668"/>
        <source>Take &quot;%1&quot; out of the process? The ledger keeps its history; each deal that moves gets a ledger row saying why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="672"/>
        <source>It holds no deals now; any that reach it meanwhile move to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="673"/>
        <source>The one deal in it moves to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="674"/>
        <source>The %1 deals in it move to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="694"/>
        <source>&quot;%1&quot; is the only stage: add the one its deals should go to first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="727"/>
        <source>A pipeline needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="741"/>
        <location filename="../ui/processeditor.cpp" line="747"/>
        <source>New Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="741"/>
        <source>Name of the new pipeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="742"/>
        <source>Renewals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="745"/>
        <source>Empty, to build stage by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="746"/>
        <source>A copy of the stages of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="747"/>
        <source>Start with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="757"/>
        <source>Rename Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="757"/>
        <source>New name of the pipeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="768"/>
        <source>Delete Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="769"/>
        <source>Delete the pipeline &quot;%1&quot; and its stages?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="780"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="785"/>
        <source>%1: %2 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="806"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="815"/>
        <source>Import Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="815"/>
        <location filename="../ui/processeditor.cpp" line="824"/>
        <source>Process files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processeditor.cpp" line="823"/>
        <source>Export Process</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::ProcessLint</name>
    <message>
        <location filename="../model/processlint.cpp" line="24"/>
        <source>The process has no won stage: no deal can be closed as won.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/processlint.cpp" line="28"/>
        <source>The process has no lost stage: no deal can be closed as lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/processlint.cpp" line="37"/>
        <source>&quot;%1&quot; reads as something under way; name a stage for the state a deal has reached (&quot;Qualified&quot;, not &quot;Qualifying&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/processlint.cpp" line="44"/>
        <source>&quot;%1&quot; has no definition: say what is true of a deal in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/processlint.cpp" line="50"/>
        <source>&quot;%1&quot; has no owner: say who moves deals through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/processlint.cpp" line="54"/>
        <source>&quot;%1&quot; is no likelier to close (%2 %) than &quot;%3&quot; before it (%4 %): probabilities should rise stage by stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/processlint.cpp" line="65"/>
        <source>&quot;%1&quot; needs at least %2 recommended activities to guide a rep; it has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/processlint.cpp" line="71"/>
        <source>&quot;%1&quot; has %3 recommended activities; more than %2 are rarely all done: keep the ones that matter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::ProcessModel</name>
    <message>
        <location filename="../model/processmodel.cpp" line="200"/>
        <location filename="../model/processmodel.cpp" line="275"/>
        <source>There is no stage %1 in this pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/processmodel.cpp" line="237"/>
        <source>There is no stage in row %1 to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/processmodel.cpp" line="254"/>
        <source>There is no such place in the list of stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/processmodel.cpp" line="340"/>
        <source>The pipeline this change was made to is gone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::Schema</name>
    <message>
        <location filename="../model/schema.cpp" line="269"/>
        <source>It holds tables, but is not a Stageboard database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schema.cpp" line="278"/>
        <source>It has no schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schema.cpp" line="282"/>
        <source>Its schema version &quot;%1&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::ServerRoles</name>
    <message>
        <location filename="../model/serverroles.cpp" line="199"/>
        <source>Roles are set up on a PostgreSQL server; %1 is a file, which only its owner&apos;s account can open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/serverroles.cpp" line="205"/>
        <source>Cannot set up the roles on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::SqlStorage</name>
    <message>
        <location filename="../model/sqlstorage.cpp" line="512"/>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="551"/>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="556"/>
        <source>Cannot create the folder %1 for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="561"/>
        <source>%1 cannot be written to: it is read-only. Check its permissions, or open a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="565"/>
        <source>%1 is damaged: it is %2 bytes long, but its header says %3. It was probably cut short by an interrupted copy or download. It has not been changed; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="591"/>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="595"/>
        <location filename="../model/sqlstorage.cpp" line="607"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="608"/>
        <source>%1 is not a Stageboard database, or it is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="617"/>
        <location filename="../model/sqlstorage.cpp" line="805"/>
        <source>Cannot prepare the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="622"/>
        <source>%1 cannot be written: %2. Another program may be using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="641"/>
        <location filename="../model/sqlstorage.cpp" line="643"/>
        <location filename="../model/sqlstorage.cpp" line="652"/>
        <source>Cannot back up the database before upgrading it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="657"/>
        <source>schema %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="687"/>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed; on Debian it is in the package libqt6sql6-psql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="701"/>
        <location filename="../model/sqlstorage.cpp" line="761"/>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="714"/>
        <source>&quot;%1&quot; cannot be the name of a new database: use letters, digits, _ and - (up to 63, starting with a letter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="730"/>
        <source>Cannot connect to the server of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="739"/>
        <source>Cannot create the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="782"/>
        <source>%1 is not a Stageboard database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="785"/>
        <source>%1 was written by a newer version of Stageboard (database version %2; this version reads up to %3). It has not been changed. Please update Stageboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="667"/>
        <source>Cannot write the backup %1 before upgrading %2; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="812"/>
        <source>Cannot upgrade the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="1280"/>
        <source>Cannot index the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocess.cpp" line="38"/>
        <location filename="../model/sqlprocess.cpp" line="45"/>
        <source>Cannot store the default process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocess.cpp" line="137"/>
        <source>Cannot read the stage guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocess.cpp" line="99"/>
        <source>Cannot store the stage guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocess.cpp" line="85"/>
        <source>Cannot store the stage &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocess.cpp" line="114"/>
        <source>Cannot store the exit criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocess.cpp" line="188"/>
        <source>Cannot update the checklist progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocess.cpp" line="202"/>
        <location filename="../model/sqlprocess.cpp" line="215"/>
        <source>Cannot add the pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocess.cpp" line="204"/>
        <source>There is already a pipeline named &quot;%1&quot;; rename it, or the one to add, first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocess.cpp" line="249"/>
        <source>There is no pipeline %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocessedit.cpp" line="38"/>
        <source>There is no stage %1 to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocessedit.cpp" line="40"/>
        <source>The deals in &quot;%1&quot; must go to another stage of the same pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocessedit.cpp" line="48"/>
        <source>&quot;%1&quot; is the pipeline&apos;s only open stage; add another before removing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocessedit.cpp" line="65"/>
        <source>Stage &quot;%1&quot; was removed from the process; its deals moved to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocessedit.cpp" line="60"/>
        <location filename="../model/sqlprocessedit.cpp" line="81"/>
        <location filename="../model/sqlprocessedit.cpp" line="90"/>
        <location filename="../model/sqlprocessedit.cpp" line="98"/>
        <location filename="../model/sqlprocessedit.cpp" line="106"/>
        <source>Cannot remove the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocessedit.cpp" line="19"/>
        <source>Cannot tell the others about the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocessedit.cpp" line="118"/>
        <source>A stage needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocessedit.cpp" line="120"/>
        <source>Stage &quot;%1&quot;: probability must be from 0 to 100, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocessedit.cpp" line="124"/>
        <source>Stage &quot;%1&quot;: the age limit must be from 1 to 3650 days, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocessedit.cpp" line="134"/>
        <source>Cannot check the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocessedit.cpp" line="136"/>
        <source>This pipeline already has a stage named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocessedit.cpp" line="161"/>
        <source>Cannot save the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocessedit.cpp" line="163"/>
        <source>There is no stage %1 to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocessedit.cpp" line="184"/>
        <location filename="../model/sqlprocessedit.cpp" line="194"/>
        <location filename="../model/sqlprocessedit.cpp" line="202"/>
        <source>Cannot add the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocessedit.cpp" line="186"/>
        <source>There is already a stage %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocessedit.cpp" line="223"/>
        <location filename="../model/sqlprocessedit.cpp" line="238"/>
        <source>Cannot reorder the stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocessedit.cpp" line="231"/>
        <source>The new order must name every stage of the pipeline once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocessedit.cpp" line="250"/>
        <source>A recommended activity needs a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocessedit.cpp" line="254"/>
        <source>An exit criterion needs a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocessedit.cpp" line="260"/>
        <source>Cannot save the checklist of the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocessedit.cpp" line="374"/>
        <source>There is no removed stage %1 to bring back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocessedit.cpp" line="383"/>
        <source>Cannot bring the stage back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocessedit.cpp" line="402"/>
        <source>Stage &quot;%1&quot; was put back into the process; its deals moved back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocessedit.cpp" line="446"/>
        <source>Cannot delete the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocessedit.cpp" line="458"/>
        <source>There is no stage %1 to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocessedit.cpp" line="460"/>
        <source>This stage has held deals, so the ledger needs it: remove it from the process instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocessedit.cpp" line="492"/>
        <source>A pipeline needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocessedit.cpp" line="502"/>
        <location filename="../model/sqlprocessedit.cpp" line="510"/>
        <source>Cannot rename the pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocessedit.cpp" line="504"/>
        <source>There is already a pipeline named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocessedit.cpp" line="512"/>
        <source>There is no pipeline %1 to rename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocessedit.cpp" line="524"/>
        <source>Cannot delete the pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocessedit.cpp" line="536"/>
        <source>This pipeline has held deals, and the ledger needs its stages; it cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocessedit.cpp" line="540"/>
        <source>The last pipeline cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocess.cpp" line="292"/>
        <source>Cannot read the pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocess.cpp" line="311"/>
        <source>Cannot read the stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocess.cpp" line="342"/>
        <source>Cannot read the activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocess.cpp" line="360"/>
        <location filename="../model/sqlprocess.cpp" line="433"/>
        <source>Cannot read the exit criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocess.cpp" line="385"/>
        <source>Cannot read the close reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocess.cpp" line="406"/>
        <source>Cannot store the close reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocess.cpp" line="417"/>
        <source>Cannot read the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocess.cpp" line="475"/>
        <location filename="../model/sqlprocess.cpp" line="485"/>
        <location filename="../model/sqlprocess.cpp" line="504"/>
        <source>Cannot save the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="833"/>
        <location filename="../model/sqlstorage.cpp" line="850"/>
        <source>Cannot read the users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="863"/>
        <source>Cannot read the accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="888"/>
        <location filename="../model/sqlstorage.cpp" line="926"/>
        <source>Cannot read the opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="902"/>
        <source>Cannot read the opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="904"/>
        <location filename="../model/sqlstorage.cpp" line="1205"/>
        <location filename="../model/sqlstorage.cpp" line="1211"/>
        <source>The opportunity %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlforecast.cpp" line="34"/>
        <source>Cannot read the deals to forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlforecast.cpp" line="66"/>
        <location filename="../model/sqlstorage.cpp" line="970"/>
        <location filename="../model/sqlstorage.cpp" line="982"/>
        <source>Cannot read the stage history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlforecast.cpp" line="89"/>
        <source>Cannot read the quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlforecast.cpp" line="109"/>
        <source>A quota needs a month and an amount of zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlforecast.cpp" line="113"/>
        <location filename="../model/sqlforecast.cpp" line="120"/>
        <source>Cannot save the quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlforecast.cpp" line="131"/>
        <source>Cannot read the currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlforecast.cpp" line="142"/>
        <source>Cannot read the exchange rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlforecast.cpp" line="154"/>
        <source>The reporting currency cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlforecast.cpp" line="157"/>
        <source>An exchange rate has no currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlforecast.cpp" line="160"/>
        <source>The exchange rate of %1 must be a number above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlforecast.cpp" line="171"/>
        <location filename="../model/sqlforecast.cpp" line="173"/>
        <source>Cannot save the currencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlforecast.cpp" line="179"/>
        <source>Cannot save the exchange rate of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlforecast.cpp" line="195"/>
        <location filename="../model/sqlforecast.cpp" line="210"/>
        <source>Cannot record the forecast snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlforecast.cpp" line="238"/>
        <location filename="../model/sqlforecast.cpp" line="253"/>
        <source>Cannot read the forecast snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="1013"/>
        <source>Cannot add up the pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="1038"/>
        <source>Cannot count the opportunities in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="1084"/>
        <source>The stage %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="1095"/>
        <source>Cannot create the opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="1110"/>
        <source>Cannot record the new opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="1137"/>
        <source>Cannot save the opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="1165"/>
        <source>Cannot move the opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="1171"/>
        <source>Cannot record the move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="1184"/>
        <source>The opportunity %1 was changed or deleted elsewhere since it was read; nothing was saved. Look at it again and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="1203"/>
        <source>Cannot delete the opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="1240"/>
        <location filename="../model/sqlstorage.cpp" line="1248"/>
        <location filename="../model/sqlstorage.cpp" line="1275"/>
        <source>Cannot write the data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::StageChecklistModel</name>
    <message>
        <location filename="../model/stagechecklistmodel.cpp" line="109"/>
        <source> — sign-off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/stagechecklistmodel.cpp" line="111"/>
        <source> — answered no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/stagechecklistmodel.cpp" line="121"/>
        <source>Required: the deal cannot leave the stage without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/stagechecklistmodel.cpp" line="122"/>
        <source>Advisory: moving on without it only warns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/stagechecklistmodel.cpp" line="124"/>
        <source>Deal killer: answered no, consider disqualifying the deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/stagechecklistmodel.cpp" line="127"/>
        <source>%1 by %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/stagechecklistmodel.cpp" line="128"/>
        <source>Answered no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/stagechecklistmodel.cpp" line="128"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/stagechecklistmodel.cpp" line="133"/>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/stagechecklistmodel.cpp" line="137"/>
        <source>Only %1 or a manager can sign this off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::StageColumn</name>
    <message>
        <location filename="../ui/stagecolumn.cpp" line="76"/>
        <source>Stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stagecolumn.cpp" line="88"/>
        <source>Total %1
Weighted %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stagecolumn.cpp" line="92"/>
        <source>%1 (%2 %)
%3
Owner: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stagecolumn.cpp" line="96"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::Storage</name>
    <message>
        <location filename="../model/sqlutil.cpp" line="19"/>
        <source>The database server does not answer (%1). Nothing was changed; Stageboard connects again when the server is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlutil.cpp" line="38"/>
        <source>%1. The disk is full or cannot be written to. Nothing was saved; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlutil.cpp" line="49"/>
        <source>The server does not allow this for your login (%1). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlutil.cpp" line="159"/>
        <source>Could not start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlutil.cpp" line="184"/>
        <source>Could not save the change to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::UndoRecorder</name>
    <message>
        <location filename="../ui/undorecorder.cpp" line="81"/>
        <source>%1 of &quot;%2&quot; changed elsewhere since; nothing was changed, so as not to overwrite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/undorecorder.cpp" line="110"/>
        <source>Move &quot;%1&quot; to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/undorecorder.cpp" line="118"/>
        <source>New opportunity &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/undorecorder.cpp" line="125"/>
        <source>Edit &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/undorecorder.cpp" line="131"/>
        <source>Delete &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::UserRole</name>
    <message>
        <location filename="../model/types.cpp" line="18"/>
        <source>Sales rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/types.cpp" line="19"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/types.cpp" line="20"/>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/types.cpp" line="21"/>
        <source>Legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/types.cpp" line="22"/>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="77"/>
        <source>Your sales process as a kanban board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="83"/>
        <source>Open a SQLite file (created with a demo pipeline when it does not exist), or a shared database given as postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="86"/>
        <source>database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="109"/>
        <source>Stageboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="111"/>
        <source>Open Another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="116"/>
        <source>Use the Default Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="128"/>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
