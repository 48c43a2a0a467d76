// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountdialog.h"
#include "accountsview.h"
#include "boardview.h"
#include "connectiondialog.h"
#include "core/databaselocation.h"
#include "core/translations.h"
#include "dashboardview.h"
#include "forecastsettingsdialog.h"
#include "itemmodels/boardmodel.h"
#include "legenddialog.h"
#include "mainwindow.h"
#include "movedialogs.h"
#include "opportunitydialog.h"
#include "processeditor.h"
#include "services/boardservice.h"
#include "stageguidedialog.h"
#include "storage/directory.h"
#include "territoriesdialog.h"
#include "usersdialog.h"
#include "workspace/workspace.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Stageboard;

namespace {

// The text as drawn: mnemonics and tab-separated shortcuts left out.
QString drawn(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text.section(QLatin1Char('\t'), 0, 0);
}

// Every visible label and button under root whose text is wider than it shows.
QStringList clipped(QWidget *root, const QString &where)
{
    QStringList found;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->wordWrap() || label->text().isEmpty() ||
            Qt::mightBeRichText(label->text()))
            continue;
        int needed = 0;
        for (const QString &line : drawn(label->text()).split(QLatin1Char('\n')))
            needed = std::max(needed, label->fontMetrics().horizontalAdvance(line));
        const int room =
            label->contentsRect().width() - 2 * label->margin() - std::max(0, label->indent());
        if (needed > room + 1) {
            found.append(QStringLiteral("%1: label \"%2\" needs %3 px, has %4")
                             .arg(where, label->text())
                             .arg(needed)
                             .arg(room));
        }
    }
    // A page that scrolls sideways hides what is past its right edge (the board's columns may).
    for (QScrollArea *area : root->findChildren<QScrollArea *>()) {
        if (area->isVisible() && !qobject_cast<BoardView *>(area) &&
            area->horizontalScrollBar()->isVisible()) {
            found.append(QStringLiteral("%1: \"%2\" scrolls sideways: its content needs %3 px, "
                                        "has %4")
                             .arg(where, area->accessibleName())
                             .arg(area->widget() ? area->widget()->minimumSizeHint().width() : 0)
                             .arg(area->viewport()->width()));
        }
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!button->isVisible() || button->text().isEmpty())
            continue;
        if (button->sizeHint().width() > button->width() + 1) {
            found.append(QStringLiteral("%1: button \"%2\" needs %3 px, has %4")
                             .arg(where, button->text())
                             .arg(button->sizeHint().width())
                             .arg(button->width()));
        }
    }
    return found;
}

QStringList shown(QWidget *widget, const QString &where)
{
    widget->show();
    if (!QTest::qWaitForWindowExposed(widget))
        return {where + QStringLiteral(": not shown")};
    QTest::qWait(20);
    QStringList found = clipped(widget, where);
    widget->close();
    return found;
}

} // namespace

class TestLanguages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldShowEveryTextWhole_data();
    void shouldShowEveryTextWhole();

private:
    QTemporaryDir m_dir;
};

void TestLanguages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestLanguages::shouldShowEveryTextWhole_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("French") << QStringLiteral("fr");
    QTest::newRow("English") << QStringLiteral("en");
}

void TestLanguages::shouldShowEveryTextWhole()
{
    QFETCH(QString, language);
    const QLocale locale(language);
    QLocale::setDefault(locale);
    QVERIFY(installTranslations(locale, QStringLiteral(STAGEBOARD_QM_DIR)));
    const auto restore = qScopeGuard([] {
        QLocale::setDefault(QLocale(QLocale::English));
        installTranslations(QLocale(QLocale::English), QStringLiteral(STAGEBOARD_QM_DIR));
    });

    // The main window at 1280×800, its board and its dashboard, in that language
    MainWindow window;
    QVERIFY(window.openDatabase(m_dir.filePath(language + QStringLiteral(".sqlite"))));
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList found = clipped(&window, QStringLiteral("board"));
    BoardModel *model = window.model();
    const qint64 first = model->opportunityId(model->index(0, 0, model->index(1, 0)));
    window.showOpportunityPanel(first);
    // The panel as narrow as it goes, where long German and French texts are hardest
    window.resizeDocks({window.findChild<QDockWidget *>()}, {1}, Qt::Horizontal);
    QTest::qWait(50);
    found += clipped(&window, QStringLiteral("panel"));
    window.showPage(1);
    window.dashboard()->refreshNow();
    QTest::qWait(50); // the layouts follow the figures just set
    found += clipped(&window, QStringLiteral("dashboard"));
    window.findChild<QTabWidget *>()->setCurrentWidget(window.accounts());
    QTest::qWait(50);
    found += clipped(&window, QStringLiteral("accounts"));
    window.showPage(0);

    // And each dialog
    Workspace &workspace = *window.workspace();
    found += shown(new UsersDialog(workspace, &window), QStringLiteral("users"));
    found += shown(new OpportunityDialog(*model, model->service().opportunity(first),
                                         model->service().opportunity(first)->stageId, &window),
                   QStringLiteral("opportunity"));
    found += shown(new LegendDialog(&window), QStringLiteral("legend"));
    const Account account = workspace.directory().accounts()->constFirst();
    found += shown(new AccountDialog(workspace, account, &window), QStringLiteral("account"));
    found += shown(new TerritoriesDialog(workspace, &window), QStringLiteral("territories"));
    found += shown(new CloseOpportunityDialog(
                       QStringLiteral("Seat expansion"), model->service().stages().last().name,
                       {QStringLiteral("Price"), QStringLiteral("Timing")}, QString(), true,
                       {QStringLiteral("Northbeam")}, {}, &window),
                   QStringLiteral("close"));
    found +=
        shown(new GateRefusalDialog(model->service(), first, model->service().stages().at(2).id,
                                    QStringLiteral("Refused"), &window),
              QStringLiteral("refusal"));
    found += shown(new ConnectionDialog(*DatabaseLocation::parse(QStringLiteral(
                                            "postgresql://dana@db.example.com/sales")),
                                        QString(), true, &window),
                   QStringLiteral("connection"));
    auto *settings = new ForecastSettingsDialog(workspace.forecast(), model->service().users(),
                                                {QStringLiteral("USD")}, false, &window);
    QVERIFY(settings->load());
    found += shown(settings, QStringLiteral("quotas"));
    if (StageGuideDialog *guide = window.showStageGuide()) {
        QApplication::processEvents();
        found += clipped(guide, QStringLiteral("stage guide"));
        guide->close();
    }
    if (ProcessEditor *editor = window.editProcess()) {
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        found += clipped(editor, QStringLiteral("process editor"));
        editor->close();
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
