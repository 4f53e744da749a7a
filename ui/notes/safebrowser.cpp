// SPDX-License-Identifier: GPL-3.0-or-later
#include "safebrowser.h"

#include <QTextDocument>

namespace Masar {

namespace {

/// A document that loads no resource (QTextDocument's own loadResource() falls back to reading
/// local files when its editor gives nothing).
class RefusingDocument : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;
    int refused = 0;

protected:
    QVariant loadResource(int, const QUrl &) override
    {
        ++refused;
        return {};
    }
};

} // namespace

SafeBrowser::SafeBrowser(QWidget *parent) : QTextBrowser(parent)
{
    setDocument(new RefusingDocument(this));
}

QVariant SafeBrowser::loadResource(int, const QUrl &)
{
    ++m_refused;
    return {};
}

int SafeBrowser::refusedRequests() const
{
    const auto *refusing = dynamic_cast<const RefusingDocument *>(document());
    return m_refused + (refusing ? refusing->refused : 0);
}

} // namespace Masar
