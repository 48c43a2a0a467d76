<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Stageboard</name>
    <message>
        <location filename="../model/cli.cpp" line="35"/>
        <source>--deals must be a whole number from 0 to 10000000, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="45"/>
        <source>--seed must be a whole number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="62"/>
        <source>%1 already holds %2 opportunities; demo data goes into a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="74"/>
        <source>Created %1 with %2 opportunities in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="86"/>
        <location filename="../model/cli.cpp" line="180"/>
        <source>There is no database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="141"/>
        <location filename="../model/cli.cpp" line="252"/>
        <source>There is no stage named &quot;%1&quot;. The stages are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="153"/>
        <source>Cannot write to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="203"/>
        <source>--deal must be an opportunity id, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="236"/>
        <source>move needs --deal ID --to STAGE --as USER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="259"/>
        <source>There is no user named &quot;%1&quot;; see the users command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="279"/>
        <source>Give it with --reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="287"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="289"/>
        <source>Moved &quot;%1&quot; from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="298"/>
        <source>history needs --deal ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="342"/>
        <source>Works with Stageboard databases without a display.

Commands:
  demo     Create a database with the default process and N generated deals.
  list     Print the opportunities as CSV (id,title,account,owner,stage,amount,currency,close_date,outcome).
  users    Print the users as CSV (name,role).
  move     Move a deal through its stage gates; exits 3 when a gate refuses.
  history  Print a deal&apos;s stage ledger as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="351"/>
        <source>demo, list, users, move or history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="353"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="354"/>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="357"/>
        <source>The SQLite database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="357"/>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="358"/>
        <source>demo: how many deals to generate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="358"/>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="361"/>
        <source>demo: the random seed; the same seed gives the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="363"/>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="365"/>
        <source>list: only the deals in this stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="365"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="367"/>
        <source>move, history: the opportunity&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="367"/>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="368"/>
        <source>move: the stage to move to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="368"/>
        <source>stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="370"/>
        <source>move: who is moving it (a user&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="370"/>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="371"/>
        <source>move: why it was won or lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="371"/>
        <location filename="../model/cli.cpp" line="374"/>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="373"/>
        <source>move: a manager&apos;s reason to move past unmet required criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="391"/>
        <source>Give one command: demo, list, users, move or history. See --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="409"/>
        <source>Unknown command &quot;%1&quot;; use demo, list, users, move or history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/cli.cpp" line="395"/>
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
        <location filename="../model/boardmodel.cpp" line="296"/>
        <location filename="../model/boardmodel.cpp" line="316"/>
        <location filename="../model/boardmodel.cpp" line="330"/>
        <location filename="../model/boardmodel.cpp" line="355"/>
        <location filename="../model/boardmodel.cpp" line="371"/>
        <source>The opportunity %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/boardmodel.cpp" line="342"/>
        <source>The stage %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/boardmodel.cpp" line="500"/>
        <source>Next step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/boardmodel.cpp" line="502"/>
        <source>Required exit criteria of %1 are not all met yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/boardmodel.cpp" line="504"/>
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
    <name>Stageboard::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="41"/>
        <location filename="../ui/mainwindow.cpp" line="294"/>
        <source>Stageboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="49"/>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="82"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="84"/>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="87"/>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="90"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="93"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="94"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="96"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="101"/>
        <source>&amp;New Opportunity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="103"/>
        <source>&amp;Edit Opportunity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="108"/>
        <source>&amp;Delete Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="114"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="120"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="122"/>
        <source>&amp;Opportunity Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="127"/>
        <source>&amp;About Stageboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="128"/>
        <source>About Stageboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="129"/>
        <source>&lt;h3&gt;Stageboard %1&lt;/h3&gt;&lt;p&gt;Your sales process as a board: stages with guidance, gates and a full ledger of every move.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="134"/>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="141"/>
        <source>Filter by title, account, contact or next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="144"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="149"/>
        <source>Owner filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="156"/>
        <source>Acting as </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="159"/>
        <source>Acting as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="181"/>
        <source>The database was upgraded; the previous version was saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="198"/>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="235"/>
        <source>%1 — Stageboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="252"/>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="259"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="286"/>
        <source>%1 opportunities · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="287"/>
        <source>%1 of %2 opportunities shown · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="331"/>
        <source>Edit &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="348"/>
        <source>Delete Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="349"/>
        <source>Delete &quot;%1&quot;? Its stage history is kept, and Undo (%2) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="363"/>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="364"/>
        <source>Stageboard databases (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="374"/>
        <location filename="../ui/mainwindow.cpp" line="382"/>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="375"/>
        <source>Stageboard databases (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="379"/>
        <source>%1 already exists. Choose a new file name, or open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="383"/>
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
        <location filename="../model/sqlstorage.cpp" line="240"/>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="247"/>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="252"/>
        <source>Cannot create the folder %1 for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="255"/>
        <source>%1 cannot be written to: it is read-only. Check its permissions, or open a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="267"/>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="271"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="284"/>
        <source>%1 is not a Stageboard database, or it is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="290"/>
        <source>Cannot prepare the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="295"/>
        <source>%1 cannot be written: %2. Another program may be using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="303"/>
        <source>%1 is not a Stageboard database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="306"/>
        <source>%1 was written by a newer version of Stageboard (database version %2; this version reads up to %3). It has not been changed. Please update Stageboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="320"/>
        <source>Cannot write the backup %1 before upgrading %2; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="330"/>
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
        <location filename="../model/sqlstorage.cpp" line="350"/>
        <source>Cannot read the users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="367"/>
        <source>Cannot read the accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="384"/>
        <source>Cannot read the opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="399"/>
        <source>Cannot read the opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="401"/>
        <location filename="../model/sqlstorage.cpp" line="606"/>
        <location filename="../model/sqlstorage.cpp" line="612"/>
        <source>The opportunity %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="415"/>
        <source>Cannot read the stage history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="445"/>
        <source>Cannot count the opportunities in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="489"/>
        <source>The stage %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="500"/>
        <source>Cannot create the opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="515"/>
        <source>Cannot record the new opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="538"/>
        <source>Cannot save the opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="566"/>
        <source>Cannot move the opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="572"/>
        <source>Cannot record the move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="585"/>
        <source>The opportunity %1 was changed or deleted elsewhere since it was read; nothing was saved. Look at it again and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="604"/>
        <source>Cannot delete the opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/sqlstorage.cpp" line="636"/>
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
