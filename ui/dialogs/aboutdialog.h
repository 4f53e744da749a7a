// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace Masar {

/// Version, license and the libraries this build uses (with syntax highlighting availability).
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent);

    /// The text shown, also used by tests.
    static QString text();
};

} // namespace Masar
