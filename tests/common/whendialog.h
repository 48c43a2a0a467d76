// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QTimer>
#include <functional>

namespace Stageboard::Test {

// Runs answer on the next modal dialog once it is shown (a drop opens it inside the event).
template<typename Dialog> class WhenDialog final : public QObject
{
public:
    explicit WhenDialog(std::function<void(Dialog *)> answer)
        : m_answer(std::move(answer))
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            if (auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget())) {
                m_timer.stop();
                seen = true;
                m_answer(dialog);
            }
        });
        m_timer.start();
    }
    bool seen = false;

private:
    std::function<void(Dialog *)> m_answer;
    QTimer m_timer;
};

} // namespace Stageboard::Test
