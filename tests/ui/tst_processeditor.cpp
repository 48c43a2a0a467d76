// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility.h"
#include "boardview.h"
#include "dashboardview.h"
#include "itemmodels/boardmodel.h"
#include "itemmodels/guidancemodel.h"
#include "itemmodels/processmodel.h"
#include "itemmodels/roles.h"
#include "mainwindow.h"
#include "processeditor.h"
#include "stageguidedialog.h"
#include "storage/sqlstorage.h"
#include "whendialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QFocusEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QUndoStack>

using namespace Stageboard;
using Stageboard::Test::WhenDialog;

namespace {

// Adds the people a test needs to a new database, before a window opens it.
bool addPeople(const QString &path)
{
    auto storage = SqlStorage::openSqlite(path);
    return storage &&
           (*storage)->directory().addUser({0, QStringLiteral("Ada Admin"), UserRole::Admin, {}}) &&
           (*storage)->directory().addUser(
               {0, QStringLiteral("Mo Manager"), UserRole::Manager, {}});
}

void actAs(const QString &name, UserRole role)
{
    QSettings().setValue(QStringLiteral("actingUser"),
                         QStringLiteral("%1 (%2)").arg(name, userRoleName(role)));
}

// A window on a new database, acting as the person named, with the process editor open when
// that person may open it.
struct EditorWindow
{
    MainWindow window;
    ProcessEditor *editor = nullptr;

    // demo: the demo board, whose admin is Sam Haddad; else no deals, and Ada Admin and Mo
    // Manager as the people.
    bool open(const QString &path, bool demo, const QString &acting = QStringLiteral("Ada Admin"),
              UserRole role = UserRole::Admin)
    {
        if (demo) {
            MainWindow first;
            if (!first.openDatabase(path))
                return false;
        } else if (!addPeople(path)) {
            return false;
        }
        actAs(acting, role);
        if (!window.openDatabase(path, demo))
            return false;
        window.show();
        editor = window.editProcess();
        return !editor || QTest::qWaitForWindowExposed(editor);
    }
};

void click(QWidget *editor, const char *name)
{
    auto *button = editor->findChild<QPushButton *>(QString::fromLatin1(name));
    QVERIFY2(button, name);
    QTest::mouseClick(button, Qt::LeftButton);
}

void choose(QComboBox *box, int data)
{
    const int index = box->findData(data);
    QVERIFY(index >= 0);
    box->setCurrentIndex(index);
    Q_EMIT box->activated(index);
}

// Types text into a box that saves when the person leaves it.
void typeAndLeave(QPlainTextEdit *edit, const QString &text)
{
    edit->setPlainText(text);
    QFocusEvent out(QEvent::FocusOut, Qt::TabFocusReason);
    QApplication::sendEvent(edit, &out);
}

QStringList columnNames(MainWindow &window)
{
    QStringList names;
    for (int c = 0; c < window.board()->columnCount(); ++c)
        names.append(window.board()->columnView(c)->rootIndex().data(StageNameRole).toString());
    return names;
}

QStringList findings(ProcessEditor *editor)
{
    QStringList lines;
    for (int i = 0; i < editor->findingList()->count(); ++i)
        lines.append(editor->findingList()->item(i)->text());
    return lines;
}

} // namespace

class TestProcessEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldBuildTheDefaultProcessInTheEditorAlone();
    void shouldRemoveAStageAskingWhereItsDealsGo();
    void shouldMoveTheForecastWithAStagesProbability();
    void shouldReorderStagesByDraggingInTheList();
    void shouldOfferTheEditorToAdminsOnly();
    void shouldRefuseABrokenProcessFileAndChangeNothing();
    void shouldShowAPrintableStageGuideToAnyone();
    void shouldSetASignOffsConditionsInOneStep();

private:
    QTemporaryDir m_dir;
};

void TestProcessEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("StageboardProcessEditorTest"));
    QSettings().clear();
}

void TestProcessEditor::shouldBuildTheDefaultProcessInTheEditorAlone()
{
    // Given a new database without deals, opened by an admin
    const QString path = m_dir.filePath(QStringLiteral("build.sqlite"));
    EditorWindow shown;
    QVERIFY(shown.open(path, false));
    MainWindow &window = shown.window;
    ProcessEditor *editor = shown.editor;
    QVERIFY(editor);
    const QPointer<ProcessEditor> alive(editor);

    // When the admin starts an empty pipeline and builds the default process stage by stage
    QVERIFY(editor->addPipeline(QStringLiteral("Built by hand"), false));
    QCOMPARE(editor->stageList()->model()->rowCount(), 0);
    QVERIFY(findings(editor).join(QLatin1Char('\n')).contains(QStringLiteral("won")));
    const ProcessDefinition wanted = ProcessDefinition::defaultProcess();
    for (const StageDefinition &d : wanted.stages) {
        click(editor, "addStage");
        const Stage &s = d.stage;
        if (s.name == QStringLiteral("Qualify")) {
            // The advice follows the typing, before the name is saved
            editor->nameEdit()->clear();
            QTest::keyClicks(editor->nameEdit(), QStringLiteral("Qualifying"));
            QVERIFY2(
                findings(editor).join(QLatin1Char('\n')).contains(QStringLiteral("Qualifying")),
                qPrintable(findings(editor).join(QLatin1Char('\n'))));
        }
        editor->nameEdit()->clear();
        QTest::keyClicks(editor->nameEdit(), s.name);
        QTest::keyClick(editor->nameEdit(), Qt::Key_Return);
        // Enter saved the name, and left the editor open
        QCOMPARE(editor->stageList()->currentIndex().data().toString(), s.name);
        QTest::qWait(0);
        QVERIFY(alive);
        choose(editor->kindChoice(), int(s.kind));
        editor->probabilityEdit()->setValue(s.probability);
        choose(editor->forecastChoice(), int(s.forecastCategory));
        editor->ageLimitEdit()->setValue(s.rotDays.value_or(0));
        for (UserRole role : {UserRole::Rep, UserRole::Manager, UserRole::Admin}) {
            if (!s.ownerRoles.contains(role))
                editor->ownerBox(role)->setChecked(false);
        }
        for (UserRole role : s.ownerRoles)
            editor->ownerBox(role)->setChecked(true);
        // The company's roles, from the owner button's menu, which names them
        for (const QString &team : s.ownerTeams) {
            QAction *owner = editor->ownerTeamAction(team);
            QVERIFY2(owner, qPrintable(team));
            owner->trigger();
            QVERIFY(owner->isChecked());
            QVERIFY2(editor->ownerTeamButton()->text().contains(team),
                     qPrintable(editor->ownerTeamButton()->text()));
        }
        typeAndLeave(editor->definitionEdit(), s.definition);
        typeAndLeave(editor->goalEdit(), s.goal);
        QVERIFY2(editor->errorText().isEmpty(), qPrintable(editor->errorText()));

        typeAndLeave(editor->callQuestionsEdit(), s.callQuestions.join(u'\n'));
        typeAndLeave(editor->callObjectionsEdit(), s.callObjections.join(u'\n'));
        QAbstractItemModel *activities = editor->activityTable()->model();
        for (int i = 0; i < d.activities.size(); ++i) {
            click(editor, "addActivity");
            const int row = activities->rowCount() - 1;
            QVERIFY(activities->setData(activities->index(row, 0), d.activities.at(i)));
            if (d.activityTypes.contains(i)) {
                QVERIFY(
                    activities->setData(activities->index(row, GuidanceModel::ActivityTypeColumn),
                                        engagementKindKey(d.activityTypes.value(i))));
            }
        }
        QAbstractItemModel *criteria = editor->criterionTable()->model();
        for (const ExitCriterion &c : d.exitCriteria) {
            click(editor, "addCriterion");
            const int row = criteria->rowCount() - 1;
            QVERIFY(criteria->setData(criteria->index(row, GuidanceModel::TextColumn), c.text));
            QVERIFY(criteria->setData(criteria->index(row, GuidanceModel::RequiredColumn),
                                      c.required ? Qt::Checked : Qt::Unchecked,
                                      Qt::CheckStateRole) ||
                    c.required);
            if (c.signOff) {
                QVERIFY(criteria->setData(criteria->index(row, GuidanceModel::SignOffColumn),
                                          c.signOff->role));
                // Its conditions (what the conditions dialog sets)
                if (c.signOff->minAmount) {
                    QVERIFY(criteria->setData(
                        criteria->index(row, GuidanceModel::SignOffFromColumn),
                        QLocale().toString(double(*c.signOff->minAmount) / 100, 'f', 2)));
                }
                if (!c.signOff->reopenOn.isEmpty()) {
                    QVERIFY(criteria->setData(criteria->index(row, GuidanceModel::ReopenColumn),
                                              c.signOff->reopenOn));
                }
            }
            if (c.knockOut) {
                QVERIFY(criteria->setData(criteria->index(row, GuidanceModel::KnockOutColumn),
                                          Qt::Checked, Qt::CheckStateRole));
            }
            if (!c.rule.isEmpty())
                QVERIFY(criteria->setData(criteria->index(row, GuidanceModel::RuleColumn), c.rule));
        }
        QVERIFY2(editor->errorText().isEmpty(), qPrintable(editor->errorText()));
    }

    // Then the pipeline's process is the default one, stage for stage
    auto storage = SqlStorage::openSqlite(path);
    QVERIFY(storage);
    const auto pipelines = (*storage)->process().pipelines();
    QCOMPARE(pipelines->size(), 2);
    ProcessDefinition built = *(*storage)->process().processDefinition(pipelines->last().id);
    built.name = wanted.name;
    const QStringList builtLines = QString::fromUtf8(built.toJson()).split(QLatin1Char('\n'));
    const QStringList wantedLines = QString::fromUtf8(wanted.toJson()).split(QLatin1Char('\n'));
    for (int i = 0; i < std::min(builtLines.size(), wantedLines.size()); ++i)
        QCOMPARE(builtLines.at(i), wantedLines.at(i));
    QCOMPARE(builtLines.size(), wantedLines.size());
    // And the advice has nothing left to say
    QCOMPARE(findings(editor).size(), 1);
    QCOMPARE(editor->findingList()->item(0)->data(Qt::UserRole).toInt(), -1);
    // ...in a list as tall as its one line, leaving the room to the stage's checklists
    QTRY_VERIFY(editor->findingList()->height() <
                4 * editor->findingList()->fontMetrics().height());
    // And the board behind shows the new pipeline's columns, with a switcher to the other
    QCOMPARE(window.model()->service().pipelineId(), pipelines->last().id);
    QStringList names;
    for (const StageDefinition &d : wanted.stages)
        names.append(d.stage.name);
    QCOMPARE(columnNames(window), names);
    auto *switcher = window.findChild<QComboBox *>(QStringLiteral("pipelineSwitcher"));
    QCOMPARE(switcher->count(), 2);
    QCOMPARE(switcher->currentText(), QStringLiteral("Built by hand"));

    // And once the pipeline the database came with is deleted, the hand-built one is the
    // whole process: the board shows it, without a switcher
    const int first = editor->pipelineChoice()->findText(QStringLiteral("New business"));
    editor->pipelineChoice()->setCurrentIndex(first);
    Q_EMIT editor->pipelineChoice()->activated(first);
    WhenDialog<QMessageBox> yes([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    click(editor, "deletePipeline");
    QVERIFY(yes.seen);
    QVERIFY(alive);
    QVERIFY2(editor->errorText().isEmpty(), qPrintable(editor->errorText()));
    QCOMPARE(editor->pipelineChoice()->count(), 1);
    QCOMPARE(editor->pipelineChoice()->currentText(), QStringLiteral("Built by hand"));
    QCOMPARE(window.model()->service().gateEngine().pipelines().size(), 1);
    QCOMPARE(columnNames(window), names);
    QTRY_VERIFY(!switcher->isVisible());
    QVERIFY(alive);

    // And every control of the editor is named for assistive technology
    const QStringList unnamed = Test::unnamedControls(editor);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));

    // And a renamed stage is undone from the window's Undo
    editor->selectStage(0);
    editor->nameEdit()->setText(QStringLiteral("Identified"));
    QTest::keyClick(editor->nameEdit(), Qt::Key_Return);
    QCOMPARE(columnNames(window).first(), QStringLiteral("Identified"));
    window.undoStack()->undo();
    QCOMPARE(columnNames(window).first(), QStringLiteral("Identify"));
    QCOMPARE(editor->nameEdit()->text(), QStringLiteral("Identify"));

    // And a definition typed and left with Escape is kept as the editor goes
    editor->selectStage(1);
    editor->definitionEdit()->setPlainText(QStringLiteral("Typed, then Escape"));
    QTest::keyClick(editor->definitionEdit(), Qt::Key_Escape);
    QTRY_VERIFY(!alive);
    QCOMPARE(window.processModel()->stage(1).definition, QStringLiteral("Typed, then Escape"));
}

void TestProcessEditor::shouldRemoveAStageAskingWhereItsDealsGo()
{
    // Given the demo board, opened by an admin
    const QString path = m_dir.filePath(QStringLiteral("remove.sqlite"));
    EditorWindow shown;
    QVERIFY(shown.open(path, true, QStringLiteral("Sam Haddad")));
    MainWindow &window = shown.window;
    ProcessEditor *editor = shown.editor;
    QVERIFY(editor);
    BoardModel *model = window.model();
    const qint64 propose = model->service().gateEngine().stageNamed(QStringLiteral("Propose"))->id;
    const qint64 negotiate =
        model->service().gateEngine().stageNamed(QStringLiteral("Negotiate"))->id;
    const int inPropose = model->service().opportunityCount(propose);
    const int inNegotiate = model->service().opportunityCount(negotiate);
    QVERIFY(inPropose > 0);

    // When the admin removes Propose and, asked, sends its deals to Negotiate
    editor->selectStage(2);
    QString question;
    WhenDialog<QDialog> answer([&](QDialog *dialog) {
        for (auto *label : dialog->findChildren<QLabel *>())
            question += label->text();
        auto *to = dialog->findChild<QComboBox *>(QStringLiteral("destination"));
        to->setCurrentIndex(to->findText(QStringLiteral("Negotiate")));
        dialog->accept();
    });
    click(editor, "removeStage");
    QVERIFY(answer.seen);

    // Then the question said how many deals move, and the board has no Propose column
    QVERIFY2(question.contains(QString::number(inPropose)), qPrintable(question));
    QVERIFY(!columnNames(window).contains(QStringLiteral("Propose")));
    QCOMPARE(model->service().opportunityCount(negotiate), inNegotiate + inPropose);
    // And each moved deal's ledger names the process change
    auto storage = SqlStorage::openSqlite(path);
    const QList<Opportunity> deals = *(*storage)->opportunityStore().opportunities();
    const auto moved = std::find_if(deals.cbegin(), deals.cend(), [&](const Opportunity &o) {
        return o.stageId == negotiate &&
               !(*storage)->opportunityStore().stageHistory(o.id)->last().processChange.isEmpty();
    });
    QVERIFY(moved != deals.cend());

    // When the window's Undo is used
    window.undoStack()->undo();

    // Then Propose is back in third place with its deals
    QCOMPARE(columnNames(window).at(2), QStringLiteral("Propose"));
    QCOMPARE(model->service().opportunityCount(propose), inPropose);
    QCOMPARE(model->service().opportunityCount(negotiate), inNegotiate);
    QCOMPARE(editor->stageList()->model()->index(2, 0).data().toString(),
             QStringLiteral("Propose"));
}

void TestProcessEditor::shouldMoveTheForecastWithAStagesProbability()
{
    // Given the demo board and its forecast, with the editor open
    const QString path = m_dir.filePath(QStringLiteral("forecast.sqlite"));
    EditorWindow shown;
    QVERIFY(shown.open(path, true, QStringLiteral("Sam Haddad")));
    QVERIFY(shown.editor);
    MainWindow &window = shown.window;
    window.showPage(1);
    QVERIFY(window.dashboard()->ensureLoaded());
    QTRY_VERIFY(window.dashboard()->result().total.opportunities > 0);
    const Cents before = window.dashboard()->result().total.weighted;
    const qint64 propose =
        window.model()->service().gateEngine().stageNamed(QStringLiteral("Propose"))->id;
    const auto proposeRow = [&window, propose] {
        for (const ForecastStageRow &row : window.dashboard()->result().stages) {
            if (row.stageId == propose)
                return row;
        }
        return ForecastStageRow{};
    };
    const Cents proposeAmount = proposeRow().amount;
    QVERIFY(proposeAmount > 0);

    // When the admin raises Propose's probability from 50 to 60 %
    shown.editor->selectStage(2);
    QCOMPARE(shown.editor->nameEdit()->text(), QStringLiteral("Propose"));
    shown.editor->probabilityEdit()->setValue(60);

    // Then the forecast shows 60 % for Propose, and its weighted pipeline grows by up to a
    // tenth of Propose's amount (deals with a probability of their own keep it)
    QTRY_COMPARE(proposeRow().configuredProbability, 60);
    const Cents grown = window.dashboard()->result().total.weighted - before;
    QVERIFY2(grown > 0 && grown <= proposeAmount / 10 + 100,
             qPrintable(QStringLiteral("%1 vs %2").arg(grown).arg(proposeAmount / 10)));
    // And the board's column says 60 %
    QCOMPARE(window.model()->stageIndex(propose).data(StageProbabilityRole).toInt(), 60);
}

void TestProcessEditor::shouldReorderStagesByDraggingInTheList()
{
    const QString path = m_dir.filePath(QStringLiteral("drag.sqlite"));
    EditorWindow shown;
    QVERIFY(shown.open(path, false));
    MainWindow &window = shown.window;
    QVERIFY(shown.editor);
    QListView *list = shown.editor->stageList();

    // When "Closed Lost" is dragged onto the top of the list
    QAbstractItemModel *model = list->model();
    const int last = model->rowCount() - 1;
    std::unique_ptr<QMimeData> data(model->mimeData({model->index(last, 0)}));
    const QRect first = list->visualRect(model->index(0, 0));
    const QPoint at(first.center().x(), first.top() + 1);
    QDragEnterEvent enter(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(list->viewport(), &enter);
    QDragMoveEvent move(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(list->viewport(), &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(QPointF(at), Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(list->viewport(), &drop);

    // Then it is the first stage, on the board too, and every stage is still there once
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Closed Lost"));
    QCOMPARE(model->rowCount(), last + 1);
    QCOMPARE(columnNames(window).first(), QStringLiteral("Closed Lost"));
    QCOMPARE(columnNames(window).size(), last + 1);
    // And the advice notices nothing about order but the probabilities (lost is 0 %)
    window.undoStack()->undo();
    QCOMPARE(columnNames(window).last(), QStringLiteral("Closed Lost"));
}

void TestProcessEditor::shouldOfferTheEditorToAdminsOnly()
{
    const QString path = m_dir.filePath(QStringLiteral("manager.sqlite"));
    EditorWindow shown;
    QVERIFY(shown.open(path, false, QStringLiteral("Mo Manager"), UserRole::Manager));
    MainWindow &window = shown.window;
    QVERIFY(!shown.editor);
    QAction *edit = nullptr;
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->text() == QStringLiteral("Edit Sales &Process…"))
            edit = a;
    }
    QVERIFY(edit);
    QVERIFY(!edit->isEnabled());
    QVERIFY(edit->toolTip().contains(QStringLiteral("admin")));
    QVERIFY(!window.editProcess());

    // When the admin acts instead, it is offered
    auto *acting = window.findChild<QComboBox *>(QStringLiteral("actingUser"));
    const int admin = acting->findText(QStringLiteral("Ada Admin (Admin)"));
    QVERIFY(admin >= 0);
    acting->setCurrentIndex(admin);
    Q_EMIT acting->activated(admin);
    QVERIFY(edit->isEnabled());
    QVERIFY(window.editProcess());
}

void TestProcessEditor::shouldRefuseABrokenProcessFileAndChangeNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("import.sqlite"));
    EditorWindow shown;
    QVERIFY(shown.open(path, false));
    MainWindow &window = shown.window;
    ProcessEditor *editor = shown.editor;
    QVERIFY(editor);

    // Given an exported process, and a copy of it with a stage's probability out of range
    const QString good = m_dir.filePath(QStringLiteral("process.json"));
    QVERIFY(editor->exportProcess(good));
    QFile file(good);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray json = file.readAll();
    file.close();
    const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
    QFile broken(bad);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(QByteArray(json).replace("\"probability\": 25", "\"probability\": 250"));
    broken.close();

    // When the broken one is imported, it is refused with what is wrong, and nothing changes
    QVERIFY(!editor->importProcess(bad));
    QVERIFY2(editor->errorText().contains(QStringLiteral("bad.json")),
             qPrintable(editor->errorText()));
    QVERIFY2(editor->errorText().contains(QStringLiteral("probability")),
             qPrintable(editor->errorText()));
    QCOMPARE(window.model()->service().gateEngine().pipelines().size(), 1);

    // When the good one is imported under another name, it is a second pipeline
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(json.replace("\"New business\"", "\"Renewals\""));
    file.close();
    QVERIFY2(editor->importProcess(good), qPrintable(editor->errorText()));
    QCOMPARE(window.model()->service().gateEngine().pipelines().size(), 2);
    QCOMPARE(editor->pipelineChoice()->currentText(), QStringLiteral("Renewals"));
}

void TestProcessEditor::shouldShowAPrintableStageGuideToAnyone()
{
    // Given a manager (not an admin) on a new database
    const QString path = m_dir.filePath(QStringLiteral("guide.sqlite"));
    EditorWindow shown;
    QVERIFY(shown.open(path, false, QStringLiteral("Mo Manager"), UserRole::Manager));

    // When the stage guide is opened
    StageGuideDialog *guide = shown.window.showStageGuide();
    QVERIFY(guide);
    QVERIFY(QTest::qWaitForWindowExposed(guide));

    // Then it shows the process, stage by stage, and paints it, every control named
    const QStringList unnamed = Test::unnamedControls(guide);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    const QString text = guide->browser()->toPlainText();
    QVERIFY(text.contains(QStringLiteral("Deliver/Finalize")));
    QVERIFY(text.contains(QStringLiteral("Recommended activities")));
    const QImage image = guide->browser()->viewport()->grab().toImage();
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        colours.insert(image.pixel(image.width() / 3, y));
    QVERIFY(colours.size() > 1);

    // And exported, it is a PDF of several pages
    const QString pdf = m_dir.filePath(QStringLiteral("guide.pdf"));
    QVERIFY(guide->exportPdf(pdf));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    QVERIFY2(bytes.count("/Type /Page") - bytes.count("/Type /Pages") > 1, "one page only");
    // And a folder that cannot be written says so
    QVERIFY(!guide->exportPdf(m_dir.filePath(QStringLiteral("no/such/folder/guide.pdf"))));
}

void TestProcessEditor::shouldSetASignOffsConditionsInOneStep()
{
    // Given the editor on Negotiate, whose "MSA, SLA and order form agreed" Legal signs off
    QTemporaryDir dir;
    EditorWindow w;
    QVERIFY(w.open(dir.filePath(QStringLiteral("conditions.sqlite")), false));
    QListView *stages = w.editor->stageList();
    for (int row = 0; row < stages->model()->rowCount(); ++row) {
        if (stages->model()->index(row, 0).data(StageNameRole).toString() ==
            QLatin1String("Negotiate"))
            stages->setCurrentIndex(stages->model()->index(row, 0));
    }
    auto *criteria = qobject_cast<GuidanceModel *>(w.editor->criterionTable()->model());
    QVERIFY(criteria);
    int legal = -1;
    int plain = -1;
    for (int row = 0; row < criteria->rowCount(); ++row) {
        if (legal < 0 && criteria->signOff(row) &&
            criteria->signOff(row)->role == QLatin1String("Legal"))
            legal = row;
        if (plain < 0 && !criteria->signOff(row))
            plain = row;
    }
    QVERIFY(legal >= 0 && plain >= 0);
    auto *button = w.editor->findChild<QPushButton *>(QStringLiteral("signOffConditions"));
    QVERIFY(button);
    // (only a criterion with a sign-off has conditions)
    w.editor->criterionTable()->setCurrentIndex(criteria->index(plain, 0));
    QVERIFY(!button->isEnabled());
    w.editor->criterionTable()->setCurrentIndex(criteria->index(legal, 0));
    QVERIFY(button->isEnabled());
    // The condition columns are not squeezed into the table: the dialog edits them
    QVERIFY(w.editor->criterionTable()->isColumnHidden(GuidanceModel::ReopenColumn));
    QUndoStack *undo = w.editor->findChild<QUndoStack *>();
    const int undoBefore = undo ? undo->count() : 0;

    // When the admin asks for it from 100,000 up, again when the amount or close date
    // changes, and never by the owner; a bad amount first
    bool refusedFirst = false;
    WhenDialog<QDialog> answer([&](QDialog *dialog) {
        auto *from = dialog->findChild<QLineEdit *>(QStringLiteral("signOffFrom"));
        from->setText(QStringLiteral("lots"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        refusedFirst = dialog->isVisible() &&
                       dialog->findChild<QLabel *>(QStringLiteral("problem"))->isVisible();
        from->setText(QLocale().toString(100000.0, 'f', 2));
        dialog->findChild<QCheckBox *>(QStringLiteral("amount"))->setChecked(true);
        dialog->findChild<QCheckBox *>(QStringLiteral("close_date"))->setChecked(true);
        dialog->findChild<QCheckBox *>(QStringLiteral("signOffNotOwn"))->setChecked(true);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(answer.seen);
    QVERIFY(refusedFirst);

    // Then the criterion has them, in one change to undo, and its cell says so
    const SignOff set = *criteria->signOff(legal);
    QCOMPARE(set.minAmount, 10'000'000);
    QCOMPARE(set.reopenOn, QStringList({QStringLiteral("amount"), QStringLiteral("close_date")}));
    QVERIFY(set.notOwnDeal);
    if (undo)
        QCOMPARE(undo->count(), undoBefore + 1);
    const QString cell = criteria->index(legal, GuidanceModel::SignOffColumn).data().toString();
    QVERIFY2(cell.startsWith(QLatin1String("Legal (from ")), qPrintable(cell));
}

QTEST_MAIN(TestProcessEditor)
#include "tst_processeditor.moc"
