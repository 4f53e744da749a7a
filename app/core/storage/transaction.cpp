// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include "database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>

namespace Masar {

namespace {

struct Nesting
{
    int depth = 0;
    bool failed = false; // an inner transaction ended without commit
};

/// Open transactions per connection. A connection is used from one thread only (Qt Sql's rule),
/// so each thread keeps the state of its own connections: nothing here is shared between the
/// window's thread and a storing thread.
QHash<QString, Nesting> &nesting()
{
    thread_local QHash<QString, Nesting> open;
    return open;
}

} // namespace

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    Nesting &state = nesting()[m_db.connectionName()];
    if (state.depth > 0) {
        m_active = true; // joins the outer transaction
        ++state.depth;
        return;
    }
    m_outer = true;
    m_active = m_db.transaction();
    if (m_active)
        state = Nesting{1, false};
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    Nesting &state = nesting()[m_db.connectionName()];
    --state.depth;
    if (m_outer)
        m_db.rollback();
    else
        state.failed = true;
}

Status Transaction::commit()
{
    if (m_active && !m_outer) {
        m_active = false;
        --nesting()[m_db.connectionName()].depth;
        return {};
    }
    if (m_active) {
        Nesting &state = nesting()[m_db.connectionName()];
        state.depth = 0;
        if (state.failed) {
            m_active = false;
            m_db.rollback();
            return Error{QCoreApplication::translate("Database", "A part of the change failed, "
                                                                 "so none of it was saved.")};
        }
    }
    if (!m_active) {
        return Error{Database::describe(m_db.lastError())};
    }
    m_active = false;
    if (!m_db.commit()) {
        const QString message = Database::describe(m_db.lastError());
        m_db.rollback();
        return Error{message};
    }
    return {};
}

} // namespace Masar
