<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Stageboard</name>
    <message numerus="yes">
        <location filename="../app/cli/forecast.cpp" line="65"/>
        <source>%n deal(s) left out: no exchange rate into %1 for %2.</source>
        <translation>
            <numerusform>%n deal left out: no exchange rate into %1 for %2.</numerusform>
            <numerusform>%n deals left out: no exchange rate into %1 for %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/common.cpp" line="239"/>
        <source>%n account(s) do not exist yet: %1</source>
        <translation>
            <numerusform>%n account does not exist yet: %1</numerusform>
            <numerusform>%n accounts do not exist yet: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/common.cpp" line="244"/>
        <source>%n owner(s) do not exist yet: %1</source>
        <translation>
            <numerusform>%n owner does not exist yet: %1</numerusform>
            <numerusform>%n owners do not exist yet: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/common.cpp" line="251"/>
        <source>Checked %n row(s):</source>
        <translation>
            <numerusform>Checked %n row:</numerusform>
            <numerusform>Checked %n rows:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/common.cpp" line="252"/>
        <source>%n cannot be imported.</source>
        <translation>
            <numerusform>%n cannot be imported.</numerusform>
            <numerusform>%n cannot be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/common.cpp" line="257"/>
        <source>Fix the %n row(s) above, or import the others with --skip-bad-rows.</source>
        <translation>
            <numerusform>Fix the %n row above, or import the others with --skip-bad-rows.</numerusform>
            <numerusform>Fix the %n rows above, or import the others with --skip-bad-rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/common.cpp" line="264"/>
        <source>Imported %1 of %n row(s).</source>
        <translation>
            <numerusform>Imported %1 of %n row.</numerusform>
            <numerusform>Imported %1 of %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/setuproles.cpp" line="36"/>
        <source>%n login(s) created; pass each new password on to its person, who changes it with &quot;\password&quot; in psql. Logins that existed keep their password.</source>
        <translation>
            <numerusform>%n login created; pass each new password on to its person, who changes it with &quot;\password&quot; in psql. Logins that existed keep their password.</numerusform>
            <numerusform>%n logins created; pass each new password on to its person, who changes it with &quot;\password&quot; in psql. Logins that existed keep their password.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/activities.cpp" line="197"/>
        <source>Debriefed &quot;%1&quot;; %n objection(s) left open on the deal.</source>
        <translation>
            <numerusform>Debriefed &quot;%1&quot;; %n objection left open on the deal.</numerusform>
            <numerusform>Debriefed &quot;%1&quot;; %n objections left open on the deal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/roles.cpp" line="99"/>
        <source>Added the role %1 with %n member(s).</source>
        <translation>
            <numerusform>Added the role %1 with %n member.</numerusform>
            <numerusform>Added the role %1 with %n members.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/roles.cpp" line="100"/>
        <source>Changed the role %1: %n member(s).</source>
        <translation>
            <numerusform>Changed the role %1: %n member.</numerusform>
            <numerusform>Changed the role %1: %n members.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stageboard::AccountDialog</name>
    <message numerus="yes">
        <location filename="../ui/accountdialog.cpp" line="70"/>
        <source>%1 — in touch every %n day(s)</source>
        <translation>
            <numerusform>%1 — in touch every %n day</numerusform>
            <numerusform>%1 — in touch every %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stageboard::AccountListModel</name>
    <message numerus="yes">
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="259"/>
        <source>Never contacted (tier %1: every %n day(s)).</source>
        <translation>
            <numerusform>Never contacted (tier %1: every %n day).</numerusform>
            <numerusform>Never contacted (tier %1: every %n days).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="263"/>
        <source>Overdue for contact since %1 (tier %2: every %n day(s)).</source>
        <translation>
            <numerusform>Overdue for contact since %1 (tier %2: every %n day).</numerusform>
            <numerusform>Overdue for contact since %1 (tier %2: every %n days).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="265"/>
        <source>Due for contact by %1 (tier %2: every %n day(s)).</source>
        <translation>
            <numerusform>Due for contact by %1 (tier %2: every %n day).</numerusform>
            <numerusform>Due for contact by %1 (tier %2: every %n days).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="272"/>
        <source>%n open deal(s) in a currency without an exchange rate are left out.</source>
        <translation>
            <numerusform>%n open deal in a currency without an exchange rate are left out.</numerusform>
            <numerusform>%n open deals in a currency without an exchange rate are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/accountlistmodel.cpp" line="275"/>
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n open deal</numerusform>
            <numerusform>%n open deals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stageboard::AccountsView</name>
    <message numerus="yes">
        <location filename="../ui/accountsview.cpp" line="125"/>
        <location filename="../ui/accountsview.cpp" line="406"/>
        <source>%1 of %n account(s)</source>
        <translation>
            <numerusform>%1 of %n account</numerusform>
            <numerusform>%1 of %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/accountsview.cpp" line="404"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stageboard::AgendaModel</name>
    <message numerus="yes">
        <location filename="../model/itemmodels/agendamodel.cpp" line="179"/>
        <source>%1: %n activity(ies)</source>
        <translation>
            <numerusform>%1: %n activity</numerusform>
            <numerusform>%1: %n activities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stageboard::BoardModel</name>
    <message numerus="yes">
        <location filename="../model/itemmodels/boardmodel.cpp" line="397"/>
        <source>%n day(s) in %1</source>
        <translation>
            <numerusform>%n day in %1</numerusform>
            <numerusform>%n days in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/boardmodel.cpp" line="408"/>
        <source>%n stakeholder(s), a champion among them</source>
        <translation>
            <numerusform>%n stakeholder, a champion among them</numerusform>
            <numerusform>%n stakeholders, a champion among them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/boardmodel.cpp" line="409"/>
        <source>%n stakeholder(s), no champion</source>
        <translation>
            <numerusform>%n stakeholder, no champion</numerusform>
            <numerusform>%n stakeholders, no champion</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stageboard::CardDelegate</name>
    <message numerus="yes">
        <location filename="../ui/carddelegate.cpp" line="245"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/carddelegate.cpp" line="445"/>
        <source>%n day(s) in this stage: stalled, past the stage&apos;s limit of %1.</source>
        <translation>
            <numerusform>%n day in this stage: stalled, past the stage&apos;s limit of %1.</numerusform>
            <numerusform>%n days in this stage: stalled, past the stage&apos;s limit of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/carddelegate.cpp" line="447"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/carddelegate.cpp" line="449"/>
        <source>%n day(s) in this stage.</source>
        <translation>
            <numerusform>%n day in this stage.</numerusform>
            <numerusform>%n days in this stage.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stageboard::CoachingModel</name>
    <message numerus="yes">
        <location filename="../model/itemmodels/coachingmodel.cpp" line="93"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/coachingmodel.cpp" line="109"/>
        <source>%1 in %2: %n open deal(s); %3 of the stage&apos;s recommended activities ticked; %4 stalled past the stage&apos;s age limit; %5 let in past the gate on an override; median %6 days in the stage, against %7 for the team. Select the cell to see its deals.</source>
        <translation>
            <numerusform>%1 in %2: %n open deal; %3 of the stage&apos;s recommended activities ticked; %4 stalled past the stage&apos;s age limit; %5 let in past the gate on an override; median %6 days in the stage, against %7 for the team. Select the cell to see its deals.</numerusform>
            <numerusform>%1 in %2: %n open deals; %3 of the stage&apos;s recommended activities ticked; %4 stalled past the stage&apos;s age limit; %5 let in past the gate on an override; median %6 days in the stage, against %7 for the team. Select the cell to see its deals.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stageboard::CoachingView</name>
    <message numerus="yes">
        <location filename="../ui/coachingview.cpp" line="339"/>
        <source>%1 in %2: %n open deal(s), the longest in the stage first</source>
        <translation>
            <numerusform>%1 in %2: %n open deal, the longest in the stage first</numerusform>
            <numerusform>%1 in %2: %n open deals, the longest in the stage first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stageboard::ContactsView</name>
    <message numerus="yes">
        <location filename="../ui/contactsview.cpp" line="74"/>
        <location filename="../ui/contactsview.cpp" line="197"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stageboard::CsvActions</name>
    <message numerus="yes">
        <location filename="../ui/csvactions.cpp" line="83"/>
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n row to %1.</numerusform>
            <numerusform>Wrote %n rows to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/csvactions.cpp" line="267"/>
        <source>%n row(s) cannot be imported:</source>
        <translation>
            <numerusform>%n row cannot be imported:</numerusform>
            <numerusform>%n rows cannot be imported:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/csvactions.cpp" line="273"/>
        <source>… and %n more (see Show Details).</source>
        <translation>
            <numerusform>… and %n more (see Show Details).</numerusform>
            <numerusform>… and %n more (see Show Details).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/csvactions.cpp" line="280"/>
        <source>%n account(s) will be created: %1</source>
        <translation>
            <numerusform>%n account will be created: %1</numerusform>
            <numerusform>%n accounts will be created: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/csvactions.cpp" line="296"/>
        <source>Import the %n good contact(s)?</source>
        <translation>
            <numerusform>Import the %n good contact?</numerusform>
            <numerusform>Import the %n good contacts?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/csvactions.cpp" line="299"/>
        <source>&amp;Import %n Contact(s)</source>
        <translation>
            <numerusform>&amp;Import %n Contact</numerusform>
            <numerusform>&amp;Import %n Contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/csvactions.cpp" line="322"/>
        <source>Imported %n contact(s).</source>
        <translation>
            <numerusform>Imported %n contact.</numerusform>
            <numerusform>Imported %n contacts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stageboard::DashboardView</name>
    <message numerus="yes">
        <location filename="../ui/dashboardview.cpp" line="1048"/>
        <source>%n deal(s) left out: no exchange rate into %1 for %2. Set one in Forecast ▸ Quotas and Currencies.</source>
        <translation>
            <numerusform>%n deal left out: no exchange rate into %1 for %2. Set one in Forecast ▸ Quotas and Currencies.</numerusform>
            <numerusform>%n deals left out: no exchange rate into %1 for %2. Set one in Forecast ▸ Quotas and Currencies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboardview.cpp" line="1227"/>
        <source>%n deal(s) left out: no exchange rate into %1 for %2 (Forecast ▸ Quotas and Currencies).</source>
        <translation>
            <numerusform>%n deal left out: no exchange rate into %1 for %2 (Forecast ▸ Quotas and Currencies).</numerusform>
            <numerusform>%n deals left out: no exchange rate into %1 for %2 (Forecast ▸ Quotas and Currencies).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboardview.cpp" line="1233"/>
        <source>%n open deal(s) past their close date are counted in this month.</source>
        <translation>
            <numerusform>%n open deal past its close date is counted in this month.</numerusform>
            <numerusform>%n open deals past their close date are counted in this month.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stageboard::DealActivitiesView</name>
    <message numerus="yes">
        <location filename="../ui/dealactivitiesview.cpp" line="243"/>
        <source>Show all %n done activity(ies)</source>
        <translation>
            <numerusform>Show the %n done activity</numerusform>
            <numerusform>Show all %n done activities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stageboard::ImportDialog</name>
    <message numerus="yes">
        <location filename="../ui/importdialog.cpp" line="237"/>
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%n row read.</numerusform>
            <numerusform>%n rows read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importdialog.cpp" line="240"/>
        <source>%n row(s) cannot be imported as they are.</source>
        <translation>
            <numerusform>%n row cannot be imported as they are.</numerusform>
            <numerusform>%n rows cannot be imported as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importdialog.cpp" line="298"/>
        <source>%n row(s) cannot be imported (see the list).</source>
        <translation>
            <numerusform>%n row cannot be imported (see the list).</numerusform>
            <numerusform>%n rows cannot be imported (see the list).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importdialog.cpp" line="300"/>
        <source>Import the other %n row(s) and skip them?</source>
        <translation>
            <numerusform>Import the other %n row and skip them?</numerusform>
            <numerusform>Import the other %n rows and skip them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importdialog.cpp" line="310"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importdialog.cpp" line="312"/>
        <source>%n owner(s)</source>
        <translation>
            <numerusform>%n owner</numerusform>
            <numerusform>%n owners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importdialog.cpp" line="340"/>
        <source>Imported %n opportunity(ies).</source>
        <translation>
            <numerusform>Imported %n opportunity.</numerusform>
            <numerusform>Imported %n opportunities.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stageboard::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1208"/>
        <source>%Ln opportunity(ies) · %1</source>
        <translation>
            <numerusform>%Ln opportunity · %1</numerusform>
            <numerusform>%Ln opportunities · %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1209"/>
        <source>%1 of %Ln opportunity(ies) shown · %2</source>
        <translation>
            <numerusform>%1 of %Ln opportunity shown · %2</numerusform>
            <numerusform>%1 of %Ln opportunities shown · %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stageboard::RepChoiceDialog</name>
    <message numerus="yes">
        <location filename="../ui/repchooser.cpp" line="207"/>
        <source>%n rep(s) ticked: the chart has room for %1.</source>
        <translation>
            <numerusform>%n rep ticked: the chart has room for %1.</numerusform>
            <numerusform>%n reps ticked: the chart has room for %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/repchooser.cpp" line="211"/>
        <source>%n rep(s) ticked.</source>
        <translation>
            <numerusform>%n rep ticked.</numerusform>
            <numerusform>%n reps ticked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stageboard::RepChooser</name>
    <message numerus="yes">
        <location filename="../ui/repchooser.cpp" line="91"/>
        <source>Reps against quota: %1 chosen of %n</source>
        <translation>
            <numerusform>Reps against quota: %1 chosen of %n</numerusform>
            <numerusform>Reps against quota: %1 chosen of %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/repchooser.cpp" line="106"/>
        <source>Reps against quota: the top %1 of %n by closed won</source>
        <translation>
            <numerusform>Reps against quota: the top %1 of %n by closed won</numerusform>
            <numerusform>Reps against quota: the top %1 of %n by closed won</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/repchooser.cpp" line="108"/>
        <source>Reps against quota: the top %1 of %n by quota attainment</source>
        <translation>
            <numerusform>Reps against quota: the top %1 of %n by quota attainment</numerusform>
            <numerusform>Reps against quota: the top %1 of %n by quota attainment</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/repchooser.cpp" line="111"/>
        <source>Reps against quota: the lowest %1 of %n by quota attainment</source>
        <translation>
            <numerusform>Reps against quota: the lowest %1 of %n by quota attainment</numerusform>
            <numerusform>Reps against quota: the lowest %1 of %n by quota attainment</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/repchooser.cpp" line="114"/>
        <source>Reps against quota: the top %1 of %n by best case</source>
        <translation>
            <numerusform>Reps against quota: the top %1 of %n by best case</numerusform>
            <numerusform>Reps against quota: the top %1 of %n by best case</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stageboard::SqlStorage</name>
    <message numerus="yes">
        <location filename="../model/storage/sqldirectory.cpp" line="238"/>
        <source>The role signs off %n exit criteria; choose another role for them first.</source>
        <translation>
            <numerusform>The role signs off %n exit criterion; choose another role for it first.</numerusform>
            <numerusform>The role signs off %n exit criteria; choose another role for them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/storage/sqldirectory.cpp" line="250"/>
        <source>The role owns %n stages; take it off them in the process editor first.</source>
        <translation>
            <numerusform>The role owns %n stage; take it off it in the process editor first.</numerusform>
            <numerusform>The role owns %n stages; take it off them in the process editor first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/storage/sqllookbackstore.cpp" line="135"/>
        <source>Deals name this competitor (%n time(s)); it stays in the list so that their history keeps it.</source>
        <translation>
            <numerusform>A deal names this competitor (%n time); it stays in the list so that its history keeps it.</numerusform>
            <numerusform>Deals name this competitor (%n times); it stays in the list so that their history keeps it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stageboard::TerritoriesDialog</name>
    <message numerus="yes">
        <location filename="../ui/territoriesdialog.cpp" line="580"/>
        <source>The rules would move %n account(s):</source>
        <translation>
            <numerusform>The rules would move %n account:</numerusform>
            <numerusform>The rules would move %n accounts:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/territoriesdialog.cpp" line="591"/>
        <source>&amp;Move %n Account(s)</source>
        <translation>
            <numerusform>&amp;Move %n Account</numerusform>
            <numerusform>&amp;Move %n Accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stageboard::WaitingModel</name>
    <message numerus="yes">
        <location filename="../model/itemmodels/waitingmodel.cpp" line="174"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stageboard::WinLossView</name>
    <message numerus="yes">
        <location filename="../ui/winlossview.cpp" line="525"/>
        <source>%n deal(s) in a currency without an exchange rate left out of the amounts.</source>
        <translation>
            <numerusform>%n deal in a currency without an exchange rate left out of the amounts.</numerusform>
            <numerusform>%n deals in a currency without an exchange rate left out of the amounts.</numerusform>
        </translation>
    </message>
</context>
</TS>
