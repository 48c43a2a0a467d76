// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace Stageboard {

/// View ▸ Card Legend: a sample card, painted as the board paints it, with what each of its
/// markers means.
class LegendDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit LegendDialog(QWidget *parent = nullptr);
};

} // namespace Stageboard
