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
        <location filename="../model/cli.cpp" line="689"/>
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
        <location filename="../model/cli.cpp" line="327"/>
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
        <location filename="../model/cli.cpp" line="345"/>
        <source>Give it with --reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="353"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="355"/>
        <source>Moved &quot;%1&quot; from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="364"/>
        <source>history needs --deal ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="411"/>
        <source>--delimiter must be &quot;,&quot;, &quot;;&quot; or &quot;tab&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="441"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="475"/>
        <source>Wrote %1 rows to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="484"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="499"/>
        <source>--stage-map needs FROM=STAGE with a stage of this process, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="522"/>
        <location filename="../model/fieldrules.cpp" line="80"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="530"/>
        <source>%1 and %2 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../model/cli.cpp" line="535"/>
        <source>%n account(s) do not exist yet: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/cli.cpp" line="541"/>
        <source>%n owner(s) do not exist yet: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="547"/>
        <source>Checked %1 rows: %2 bad. Nothing was imported (dry run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="552"/>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="554"/>
        <source>Fix the rows above, or import the others with --skip-bad-rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="557"/>
        <source>Create the missing accounts and owners with --create-missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="560"/>
        <source>Imported %1 of %2 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="576"/>
        <source>--%1 must be a date (YYYY-MM-DD) or a month (YYYY-MM), not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="593"/>
        <source>--by must be month, quarter, year, rep or stage, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="608"/>
        <source>--from must not come after --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../model/cli.cpp" line="632"/>
        <source>%n deal(s) left out: no exchange rate into %1 for %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="728"/>
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
  setup-roles  On a PostgreSQL server, as the database&apos;s owner: give every user a
           login of their own and let the server enforce what each role may do
           (prints login,name,role,new_password as CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="751"/>
        <source>demo, list, users, move, history, forecast, export, import, copy or setup-roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="758"/>
        <source>The SQLite database file, or postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="759"/>
        <source>database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="783"/>
        <source>move, import: who does it (a user&apos;s name); on a server that knows your login, you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="824"/>
        <source>Give one command: demo, list, users, move, history, forecast, export, import, copy or setup-roles. See --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="853"/>
        <source>Unknown command &quot;%1&quot;; use demo, list, users, move, history, forecast, export, import, copy or setup-roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="778"/>
        <source>forecast: month (default), quarter, year, rep or stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="778"/>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="780"/>
        <source>forecast: also record today&apos;s forecast snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="420"/>
        <source>export takes opportunities, history or forecast, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="427"/>
        <source>--period must be month or quarter, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="685"/>
        <source>copy needs --from DATABASE and --to DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="706"/>
        <source>%1: %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="716"/>
        <source>Copied %1 rows from %2 to %3 in %4 s; every table&apos;s count matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="753"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="754"/>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="760"/>
        <source>demo: how many deals to generate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="760"/>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="763"/>
        <source>demo: the random seed; the same seed gives the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="765"/>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="767"/>
        <source>list: only the deals in this stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="767"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="769"/>
        <source>move, history: the opportunity&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="769"/>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="771"/>
        <source>move: the stage to move to. forecast: the last close month. copy: the database to copy into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="773"/>
        <source>stage|date|database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="775"/>
        <source>forecast: the first close month (YYYY-MM). copy: the database to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="776"/>
        <source>date|database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="785"/>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="786"/>
        <source>move: why it was won or lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="786"/>
        <location filename="../model/cli.cpp" line="804"/>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="787"/>
        <source>export: the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="787"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="789"/>
        <source>export: , (default), ; or tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="789"/>
        <source>delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="790"/>
        <source>export forecast: month (default) or quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="791"/>
        <source>period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="793"/>
        <source>export: start with a byte-order mark, for spreadsheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="794"/>
        <source>import: check every row, import nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="796"/>
        <source>import: read stage FROM as this process&apos;s STAGE (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="797"/>
        <source>FROM=STAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="799"/>
        <source>import: create accounts and owners the database lacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="801"/>
        <source>import: import the good rows even when some are bad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="803"/>
        <source>move: a manager&apos;s reason to move past unmet required criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="832"/>
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
        <location filename="../model/boardmodel.cpp" line="360"/>
        <location filename="../model/boardmodel.cpp" line="411"/>
        <location filename="../model/boardmodel.cpp" line="432"/>
        <location filename="../model/boardmodel.cpp" line="463"/>
        <location filename="../model/boardmodel.cpp" line="484"/>
        <source>The opportunity %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/boardmodel.cpp" line="371"/>
        <source>&quot;%1&quot; was deleted elsewhere; nothing was moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/boardmodel.cpp" line="381"/>
        <source>&quot;%1&quot; was moved to %2 elsewhere meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/boardmodel.cpp" line="383"/>
        <source>%3 moved &quot;%1&quot; to %2 meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/boardmodel.cpp" line="386"/>
        <source>The board shows it there now; nothing was moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/boardmodel.cpp" line="450"/>
        <source>The stage %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/boardmodel.cpp" line="613"/>
        <source>Next step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/boardmodel.cpp" line="615"/>
        <source>Required exit criteria of %1 are not all met yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/boardmodel.cpp" line="617"/>
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
        <location filename="../model/csvexport.cpp" line="125"/>
        <location filename="../model/csvexport.cpp" line="131"/>
        <location filename="../model/csvexport.cpp" line="160"/>
        <location filename="../model/csvexport.cpp" line="180"/>
        <location filename="../model/csvexport.cpp" line="196"/>
        <location filename="../model/csvexport.cpp" line="211"/>
        <source>Cannot write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/csvexport.cpp" line="183"/>
        <location filename="../model/csvexport.cpp" line="216"/>
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
        <location filename="../ui/dashboardview.cpp" line="231"/>
        <source>Close from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="233"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="243"/>
        <source>Take Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="244"/>
        <source>Record today&apos;s forecast, to compare with what closes. Stageboard also records one each day it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="255"/>
        <source>Closed won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="255"/>
        <source>Won deals closing in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="256"/>
        <location filename="../ui/dashboardview.cpp" line="378"/>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="256"/>
        <source>The quotas of the reps shown, in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="257"/>
        <source>Attainment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="257"/>
        <source>Closed won ÷ quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="258"/>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="258"/>
        <source>Open pipeline ÷ the quota still to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="259"/>
        <source>Win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="259"/>
        <source>Won ÷ (won + lost); disqualified deals are not losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="260"/>
        <source>Average deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="260"/>
        <source>The average amount of a won deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="261"/>
        <source>Sales cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="261"/>
        <source>Average days from creation to won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="262"/>
        <source>Stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="262"/>
        <source>Open deals past their stage&apos;s age limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="292"/>
        <source>Forecast by close period, against quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="293"/>
        <source>Open pipeline by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="294"/>
        <source>Reps against quota (largest best case first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="295"/>
        <source>Conversion funnel: deals that reached each stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="296"/>
        <source>Forecast over time, against what closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="297"/>
        <source>Stage probability: configured and observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="301"/>
        <source>Stalled deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="303"/>
        <source>Stalled Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="305"/>
        <location filename="../ui/dashboardview.cpp" line="404"/>
        <source>Forecast by period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="306"/>
        <source>Periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="307"/>
        <source>Forecast by rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="308"/>
        <source>Reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="309"/>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="311"/>
        <source>Forecast snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="312"/>
        <source>Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="341"/>
        <location filename="../ui/dashboardview.cpp" line="939"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="354"/>
        <location filename="../ui/dashboardview.cpp" line="494"/>
        <source>%1
%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="400"/>
        <source>%1
Quota: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="423"/>
        <source>Pipeline by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="441"/>
        <source>Reps against quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="463"/>
        <source>Conversion funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="499"/>
        <source>Forecast over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="512"/>
        <source>Probability of closing won (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="519"/>
        <source>Configured and observed probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="533"/>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="534"/>
        <source>Save %1 as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="538"/>
        <source>Save Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="541"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="546"/>
        <source>Cannot write the image %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="576"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="577"/>
        <source>Export %1 as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="707"/>
        <source>The forecast could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="744"/>
        <source>All reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="750"/>
        <source>All territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="754"/>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="885"/>
        <source>Q%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="909"/>
        <source>%1&lt;br&gt;n = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="924"/>
        <source>%1 → %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="945"/>
        <source>%1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="950"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="955"/>
        <source>Amounts in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboardview.cpp" line="959"/>
        <source>%n deal(s) left out: no exchange rate into %1 for %2 (Forecast ▸ Quotas and Currencies).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboardview.cpp" line="965"/>
        <source>%n open deal(s) past their close date are counted in this month.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="969"/>
        <source>Quotas are set per rep, so they are not shown for one territory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="971"/>
        <source>The forecast over time is not split by stage: it shows every stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="995"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="1000"/>
        <source>Stageboard forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="1010"/>
        <source>Export Dashboard as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="1013"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::DatabaseCopy</name>
    <message>
        <location filename="../model/databasecopy.cpp" line="67"/>
        <source>%1 already holds %2 opportunities; copy into a new, empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/databasecopy.cpp" line="83"/>
        <source>Cannot empty %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/databasecopy.cpp" line="94"/>
        <source>Cannot read %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/databasecopy.cpp" line="130"/>
        <location filename="../model/databasecopy.cpp" line="135"/>
        <source>Cannot copy %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/databasecopy.cpp" line="132"/>
        <location filename="../model/databasecopy.cpp" line="137"/>
        <source>The copy was stopped; %1 was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/databasecopy.cpp" line="148"/>
        <source>Cannot find the ids of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/databasecopy.cpp" line="157"/>
        <source>Cannot set the next id of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/databasecopy.cpp" line="170"/>
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
        <location filename="../model/types.cpp" line="31"/>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/types.cpp" line="33"/>
        <source>Best Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/types.cpp" line="35"/>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/types.cpp" line="37"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/types.cpp" line="39"/>
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
        <location filename="../ui/mainwindow.cpp" line="53"/>
        <location filename="../ui/mainwindow.cpp" line="532"/>
        <source>Stageboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="56"/>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="85"/>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="156"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="158"/>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="161"/>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="163"/>
        <source>&amp;Connect to Shared Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="175"/>
        <source>&amp;Import Opportunities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="179"/>
        <source>&amp;Export Opportunities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="183"/>
        <source>Export Stage &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="187"/>
        <source>Export &amp;Forecast…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="192"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="195"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="196"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="198"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="203"/>
        <source>&amp;New Opportunity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="205"/>
        <source>&amp;Edit Opportunity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="210"/>
        <source>&amp;Delete Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="216"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="222"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="224"/>
        <source>&amp;Opportunity Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="229"/>
        <source>&amp;Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="231"/>
        <source>&amp;Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="234"/>
        <source>F&amp;orecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="235"/>
        <source>&amp;Quotas and Currencies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="236"/>
        <source>Take &amp;Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="240"/>
        <source>Today&apos;s forecast was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="243"/>
        <source>Export Dashboard as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="247"/>
        <source>&amp;Print Dashboard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="253"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="254"/>
        <source>&amp;About Stageboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="255"/>
        <source>About Stageboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="256"/>
        <source>&lt;h3&gt;Stageboard %1&lt;/h3&gt;&lt;p&gt;Your sales process as a board: stages with guidance, gates and a full ledger of every move.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="55"/>
        <location filename="../ui/mainwindow.cpp" line="261"/>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="268"/>
        <source>Filter by title, account, contact or next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="271"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="276"/>
        <source>Owner filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="283"/>
        <source>Acting as </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="286"/>
        <source>Acting as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="328"/>
        <source>No shared database was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="375"/>
        <source>The database was upgraded; the previous version was saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="393"/>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="458"/>
        <source>%1 on %2 — Stageboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="459"/>
        <source>%1 — Stageboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="476"/>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="483"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="496"/>
        <source>You signed in to the server as this person; the server lets you act only as yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="498"/>
        <source>Who moves, edits and signs off: the gates and sign-offs follow this person&apos;s role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="520"/>
        <source>%1 opportunities · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="521"/>
        <source>%1 of %2 opportunities shown · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="542"/>
        <source>Not connected to %1: the server does not answer. Nothing can be changed until it is back; everything saved is kept. Trying again every few seconds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="567"/>
        <source>Connected again to %1; the board shows every change made meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="617"/>
        <source>Edit &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="630"/>
        <source>&quot;%1&quot; was deleted elsewhere while you edited it; your edit was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="641"/>
        <source>Your edit of &quot;%1&quot; was discarded; the board shows it as saved elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="658"/>
        <source>Delete Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="659"/>
        <source>Delete &quot;%1&quot;? Its stage history is kept, and Undo (%2) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="673"/>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="674"/>
        <source>Stageboard databases (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="684"/>
        <location filename="../ui/mainwindow.cpp" line="692"/>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="685"/>
        <source>Stageboard databases (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="689"/>
        <source>%1 already exists. Choose a new file name, or open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="693"/>
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
        <location filename="../ui/opportunitypanel.cpp" line="401"/>
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
        <location filename="../ui/opportunitypanel.cpp" line="328"/>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="330"/>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="332"/>
        <source>disqualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="336"/>
        <source>override: %1 (unmet: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="341"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="343"/>
        <source>%1, by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="370"/>
        <source>The next step of &quot;%1&quot; was changed elsewhere to &quot;%2&quot; meanwhile; yours (&quot;%3&quot;) was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="386"/>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="389"/>
        <source>Not Yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="393"/>
        <source>No — a Deal Killer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/opportunitypanel.cpp" line="398"/>
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
        <location filename="../model/processdefinition.cpp" line="76"/>
        <source>Stage &quot;%1&quot;: forecastCategory must be pipeline, best_case, commit, closed or omitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/processdefinition.cpp" line="85"/>
        <source>Stage &quot;%1&quot;: an activity has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/processdefinition.cpp" line="95"/>
        <source>Stage &quot;%1&quot;: exit criterion %2 has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/processdefinition.cpp" line="105"/>
        <source>Stage &quot;%1&quot;, criterion &quot;%2&quot;: sign-off &quot;%3&quot; is not a role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stageboard::Schema</name>
    <message>
        <location filename="../model/schema.cpp" line="251"/>
        <source>It holds tables, but is not a Stageboard database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schema.cpp" line="260"/>
        <source>It has no schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schema.cpp" line="264"/>
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
        <location filename="../model/sqlstorage.cpp" line="1279"/>
        <source>Cannot index the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocess.cpp" line="58"/>
        <source>Cannot store the default process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocess.cpp" line="88"/>
        <source>Cannot read the stage guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocess.cpp" line="98"/>
        <source>Cannot store the stage guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocess.cpp" line="109"/>
        <source>Cannot store the exit criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocess.cpp" line="141"/>
        <source>Cannot update the checklist progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocess.cpp" line="154"/>
        <source>Cannot read the stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocess.cpp" line="183"/>
        <source>Cannot read the activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocess.cpp" line="201"/>
        <location filename="../model/sqlprocess.cpp" line="274"/>
        <source>Cannot read the exit criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocess.cpp" line="226"/>
        <source>Cannot read the close reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocess.cpp" line="247"/>
        <source>Cannot store the close reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocess.cpp" line="258"/>
        <source>Cannot read the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlprocess.cpp" line="316"/>
        <location filename="../model/sqlprocess.cpp" line="326"/>
        <location filename="../model/sqlprocess.cpp" line="345"/>
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
        <location filename="../model/sqlstorage.cpp" line="1204"/>
        <location filename="../model/sqlstorage.cpp" line="1210"/>
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
        <location filename="../model/sqlstorage.cpp" line="969"/>
        <location filename="../model/sqlstorage.cpp" line="981"/>
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
        <location filename="../model/sqlstorage.cpp" line="1012"/>
        <source>Cannot add up the pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="1037"/>
        <source>Cannot count the opportunities in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="1083"/>
        <source>The stage %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="1094"/>
        <source>Cannot create the opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="1109"/>
        <source>Cannot record the new opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="1136"/>
        <source>Cannot save the opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="1164"/>
        <source>Cannot move the opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="1170"/>
        <source>Cannot record the move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="1183"/>
        <source>The opportunity %1 was changed or deleted elsewhere since it was read; nothing was saved. Look at it again and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="1202"/>
        <source>Cannot delete the opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="1239"/>
        <location filename="../model/sqlstorage.cpp" line="1247"/>
        <location filename="../model/sqlstorage.cpp" line="1274"/>
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
