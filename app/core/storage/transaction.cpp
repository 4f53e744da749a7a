// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include <QCoreApplication>
#include <QSqlError>

namespace Masar {

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    m_active = m_db.transaction();
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

Status Transaction::commit()
{
    if (!m_active) {
        return Error{QCoreApplication::translate("Database", "The database refused to start a "
                                                             "change: %1")
                         .arg(m_db.lastError().text())};
    }
    m_active = false;
    if (!m_db.commit()) {
        const QString message = m_db.lastError().text();
        m_db.rollback();
        return Error{QCoreApplication::translate("Database", "The change could not be saved: %1")
                         .arg(message)};
    }
    return {};
}

} // namespace Masar
