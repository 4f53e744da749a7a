// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextBrowser>

namespace Masar {

/**
 * The notes preview: a text browser that never loads anything it is asked for, neither remote
 * images nor local files, whatever the HTML it shows. The Markdown renderer already leaves
 * images out; this is what protects the learner should any reach it. Refusing in the browser
 * alone is not enough: a QTextDocument whose editor returns nothing reads a local file itself,
 * so the document it shows refuses too. Both count what they refused.
 */
class SafeBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit SafeBrowser(QWidget *parent);

    QVariant loadResource(int type, const QUrl &name) override;
    /// How many resources the preview was asked for, each refused.
    int refusedRequests() const;

private:
    int m_refused = 0;
};

} // namespace Masar
