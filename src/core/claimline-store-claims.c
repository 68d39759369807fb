/* claimline-store-claims.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "claimline-error.h"
#include "claimline-store-private.h"

void
claimline_store_bind_text (sqlite3_stmt *stmt,
                           int           column,
                           const char   *value)
{
  if (value != NULL)
    sqlite3_bind_text (stmt, column, value, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, column);
}

static void
bind_bound (sqlite3_stmt *stmt,
            int           column,
            gboolean      present,
            double        value)
{
  if (present)
    sqlite3_bind_double (stmt, column, value);
  else
    sqlite3_bind_null (stmt, column);
}

gboolean
claimline_store_insert_claims (ClaimlineStore  *self,
                               gint64           article_id,
                               GPtrArray       *claims,
                               GError         **error)
{
  sqlite3_stmt *insert;

  if (claims == NULL || claims->len == 0)
    return TRUE;
  insert = claimline_store_statement (self, STMT_INSERT_CLAIM, error);
  if (insert == NULL)
    return FALSE;

  for (guint i = 0; i < claims->len; i++)
    {
      const ClaimlineClaim *claim = g_ptr_array_index (claims, i);

      sqlite3_bind_int64 (insert, 1, article_id);
      sqlite3_bind_int64 (insert, 2, (sqlite3_int64) claim->start);
      sqlite3_bind_int64 (insert, 3, (sqlite3_int64) claim->end);
      sqlite3_bind_int64 (insert, 4, (sqlite3_int64) claim->sentence_start);
      sqlite3_bind_int64 (insert, 5, (sqlite3_int64) claim->sentence_end);
      claimline_store_bind_text (insert, 6, claim->kind);
      claimline_store_bind_text (insert, 7, claim->text ? claim->text : "");
      bind_bound (insert, 8, claim->has_low, claim->low);
      bind_bound (insert, 9, claim->has_high, claim->high);
      claimline_store_bind_text (insert, 10, claim->unit);
      sqlite3_bind_int (insert, 11, claim->approx ? 1 : 0);
      claimline_store_bind_text (insert, 12, claim->attribute);
      claimline_store_bind_text (insert, 13, claim->subject);
      claimline_store_bind_text (insert, 14, claim->time_value);
      claimline_store_bind_text (insert, 15, claim->time_low);
      claimline_store_bind_text (insert, 16, claim->time_high);
      sqlite3_bind_int (insert, 17, claim->time_inferred ? 1 : 0);
      claimline_store_bind_text (insert, 18, claimline_modality_to_string (claim->modality));
      claimline_store_bind_text (insert, 19, claim->attribution);
      claimline_store_bind_text (insert, 20, claim->actor);
      sqlite3_bind_int (insert, 21, claim->direction);
      sqlite3_bind_int (insert, 22, claim->time_relative ? 1 : 0);
      if (!claimline_store_step_done (self, insert, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
claimline_store_replace_claims (ClaimlineStore  *self,
                                gint64           article_id,
                                GPtrArray       *claims,
                                GError         **error)
{
  sqlite3_stmt *delete;

  g_return_val_if_fail (CLAIMLINE_IS_STORE (self), FALSE);

  if (!claimline_store_begin (self, error))
    return FALSE;
  delete = claimline_store_statement (self, STMT_DELETE_CLAIMS, error);
  if (delete != NULL)
    sqlite3_bind_int64 (delete, 1, article_id);
  if (delete == NULL ||
      !claimline_store_step_done (self, delete, error) ||
      !claimline_store_insert_claims (self, article_id, claims, error) ||
      !claimline_store_commit (self, error))
    {
      claimline_store_rollback (self);
      return FALSE;
    }
  return TRUE;
}

static char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

static ClaimlineVerdict
verdict_from_text (const char *text)
{
  if (g_strcmp0 (text, "agree") == 0)
    return CLAIMLINE_VERDICT_AGREE;
  if (g_strcmp0 (text, "conflict") == 0)
    return CLAIMLINE_VERDICT_CONFLICT;
  if (g_strcmp0 (text, "single") == 0)
    return CLAIMLINE_VERDICT_SINGLE;
  return CLAIMLINE_VERDICT_NONE;
}

static ClaimlineConflict
conflict_from_text (const char *text)
{
  if (g_strcmp0 (text, "value") == 0)
    return CLAIMLINE_CONFLICT_VALUE;
  if (g_strcmp0 (text, "time") == 0)
    return CLAIMLINE_CONFLICT_TIME;
  return CLAIMLINE_CONFLICT_NONE;
}

ClaimlineClaim *
claimline_store_claim_from_row (sqlite3_stmt *stmt)
{
  ClaimlineClaim *claim = g_new0 (ClaimlineClaim, 1);
  g_autofree char *modality = NULL;

  claim->start = (gsize) sqlite3_column_int64 (stmt, 0);
  claim->end = (gsize) sqlite3_column_int64 (stmt, 1);
  claim->sentence_start = (gsize) sqlite3_column_int64 (stmt, 2);
  claim->sentence_end = (gsize) sqlite3_column_int64 (stmt, 3);
  claim->kind = column_text (stmt, 4);
  claim->text = column_text (stmt, 5);
  claim->has_low = sqlite3_column_type (stmt, 6) != SQLITE_NULL;
  claim->low = sqlite3_column_double (stmt, 6);
  claim->has_high = sqlite3_column_type (stmt, 7) != SQLITE_NULL;
  claim->high = sqlite3_column_double (stmt, 7);
  claim->unit = column_text (stmt, 8);
  claim->approx = sqlite3_column_int (stmt, 9) != 0;
  claim->attribute = column_text (stmt, 10);
  claim->subject = column_text (stmt, 11);
  claim->time_value = column_text (stmt, 12);
  claim->time_low = column_text (stmt, 13);
  claim->time_high = column_text (stmt, 14);
  claim->time_inferred = sqlite3_column_int (stmt, 15) != 0;
  modality = column_text (stmt, 16);
  if (!claimline_modality_from_string (modality, &claim->modality))
    claim->modality = CLAIMLINE_MODALITY_STATED;
  claim->attribution = column_text (stmt, 17);
  claim->actor = column_text (stmt, 18);
  claim->direction = sqlite3_column_int (stmt, 19);
  claim->id = sqlite3_column_int64 (stmt, 20);
  claim->article_id = sqlite3_column_int64 (stmt, 21);
  claim->time_relative = sqlite3_column_int (stmt, 22) != 0;
  claim->group_id = sqlite3_column_int64 (stmt, 23);
  claim->verdict = verdict_from_text ((const char *) sqlite3_column_text (stmt, 24));
  claim->conflict = conflict_from_text ((const char *) sqlite3_column_text (stmt, 25));
  return claim;
}

GPtrArray *
claimline_store_load_claims (ClaimlineStore  *self,
                             gint64           article_id,
                             GError         **error)
{
  g_autoptr(ClaimlineStmtReset) stmt = NULL;
  g_autoptr(GPtrArray) claims = NULL;
  int rc;

  g_return_val_if_fail (CLAIMLINE_IS_STORE (self), NULL);

  stmt = claimline_store_statement (self, STMT_LOAD_CLAIMS, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, article_id);

  claims = g_ptr_array_new_with_free_func ((GDestroyNotify) claimline_claim_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (claims, claimline_store_claim_from_row (stmt));
  if (rc != SQLITE_DONE)
    {
      claimline_store_set_error (self, error, "Cannot read claims");
      return NULL;
    }
  return g_steal_pointer (&claims);
}
