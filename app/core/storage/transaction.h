// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QSqlDatabase>

namespace Masar {

/**
 * RAII transaction: rolls back unless commit() succeeded. Every write in Masar runs in one.
 *
 * Transactions nest: an inner one joins the outer (SQLite has one transaction per connection).
 * Its commit() leaves the decision to the outer one; an inner one that ends without commit()
 * makes the outer commit() fail, so a half-done change is never saved.
 */
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    Status commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    bool m_outer = false;
};

} // namespace Masar
