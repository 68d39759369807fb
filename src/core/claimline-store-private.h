/* claimline-store-private.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "claimline-store.h"

G_BEGIN_DECLS

/* Every statement the store runs more than once, prepared on first use and
 * reused afterwards. */
typedef enum
{
  STMT_BEGIN,
  STMT_COMMIT,
  STMT_ROLLBACK,
  STMT_FIND_BY_HASH,
  STMT_FIND_BY_GUID,
  STMT_FIND_OUTLET,
  STMT_INSERT_OUTLET,
  STMT_INSERT_ARTICLE,
  STMT_COUNT_ARTICLES,
  STMT_LIST_IDS_BY_DATE,
  STMT_LIST_IDS_BY_OUTLET,
  STMT_LIST_IDS_WITHOUT_OUTLET,
  STMT_LOAD_SUMMARY,
  STMT_LOAD_TEXT,
  STMT_SEARCH,
  STMT_INSERT_CLAIM,
  STMT_DELETE_CLAIMS,
  STMT_LOAD_CLAIMS,
  STMT_SET_PUBLISHED,
  STMT_LIST_STORIES,
  STMT_STORY_IDS_BY_DATE,
  STMT_STORY_IDS_BY_OUTLET,
  STMT_ARTICLE_STORY,
  STMT_FEATURE_COUNT,
  STMT_FEATURE_STORIES,
  STMT_COUNT_FEATURE,
  STMT_ADD_STORY_FEATURE,
  STMT_UNCOUNT_FEATURE,
  STMT_DROP_UNCOUNTED_FEATURE,
  STMT_REMOVE_STORY_FEATURE,
  STMT_DROP_REMOVED_STORY_FEATURE,
  STMT_FEED_ARTICLE_IDS,
  STMT_INSERT_STORY,
  STMT_ADD_STORY_ARTICLE,
  STMT_UPDATE_STORY,
  STMT_DELETE_STORY_GROUPS,
  STMT_INSERT_GROUP,
  STMT_INSERT_GROUP_MEMBER,
  STMT_STORY_MEMBERS,
  STMT_STORY_GROUPS,
  STMT_GROUP,
  STMT_GROUP_MEMBERS,
  N_STMTS
} StoreStatement;

struct _ClaimlineStore
{
  GObject       parent_instance;

  char         *path;
  sqlite3      *db;
  guint         schema_version;
  guint         transaction_depth; /* nested begins: the outer one is BEGIN, inner ones savepoints */
  gboolean      read_only;         /* opened read-only: the file or its folder is */
  sqlite3_stmt *stmts[N_STMTS];
};

sqlite3_stmt *claimline_store_statement   (ClaimlineStore  *self,
                                           StoreStatement   which,
                                           GError         **error);
gboolean      claimline_store_step_done   (ClaimlineStore  *self,
                                           sqlite3_stmt    *stmt,
                                           GError         **error);
void          claimline_store_set_error   (ClaimlineStore  *self,
                                           GError         **error,
                                           const char      *what);
gboolean      claimline_store_begin       (ClaimlineStore  *self,
                                           GError         **error);
gboolean      claimline_store_commit      (ClaimlineStore  *self,
                                           GError         **error);
void          claimline_store_rollback    (ClaimlineStore  *self);

/* Inserts CLAIMS of ARTICLE_ID inside the caller's transaction. */
gboolean      claimline_store_insert_claims (ClaimlineStore  *self,
                                             gint64           article_id,
                                             GPtrArray       *claims,
                                             GError         **error);

/* A claim from a row whose first columns are CLAIM_COLUMNS. */
ClaimlineClaim *claimline_store_claim_from_row (sqlite3_stmt *stmt);
void            claimline_store_bind_text      (sqlite3_stmt *stmt,
                                                int           column,
                                                const char   *value);

/* sqlite3_stmt cleanup that only resets, for statements owned by the cache. */
typedef sqlite3_stmt ClaimlineStmtReset;
static inline void
claimline_stmt_reset (ClaimlineStmtReset *stmt)
{
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ClaimlineStmtReset, claimline_stmt_reset)

G_END_DECLS
