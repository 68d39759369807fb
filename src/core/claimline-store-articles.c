/* claimline-store-articles.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "claimline-error.h"
#include "claimline-store-private.h"

void
claimline_search_hit_free (ClaimlineSearchHit *hit)
{
  if (hit == NULL)
    return;
  g_free (hit->title);
  g_free (hit->outlet);
  g_free (hit->snippet);
  g_free (hit);
}

/* Looks up a single id; *OUT_ID is 0 when there is no row. */
static gboolean
find_id (ClaimlineStore  *self,
         StoreStatement   which,
         const char      *key,
         gint64          *out_id,
         GError         **error)
{
  g_autoptr(ClaimlineStmtReset) stmt = claimline_store_statement (self, which, error);
  int rc;

  *out_id = 0;
  if (stmt == NULL)
    return FALSE;
  claimline_store_bind_text (stmt, 1, key);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *out_id = sqlite3_column_int64 (stmt, 0);
  else if (rc != SQLITE_DONE)
    {
      claimline_store_set_error (self, error, "Cannot read the store");
      return FALSE;
    }
  return TRUE;
}

static gboolean
ensure_outlet (ClaimlineStore  *self,
               const char      *name,
               gint64          *out_id,
               GError         **error)
{
  sqlite3_stmt *insert;

  if (!find_id (self, STMT_FIND_OUTLET, name, out_id, error))
    return FALSE;
  if (*out_id != 0)
    return TRUE;

  insert = claimline_store_statement (self, STMT_INSERT_OUTLET, error);
  if (insert == NULL)
    return FALSE;
  claimline_store_bind_text (insert, 1, name);
  if (!claimline_store_step_done (self, insert, error))
    return FALSE;
  *out_id = sqlite3_last_insert_rowid (self->db);
  return TRUE;
}

static gboolean
validate_document (const ClaimlineDocument  *document,
                   GError                  **error)
{
  if (document->title == NULL || *document->title == '\0' ||
      document->text == NULL || *document->text == '\0' ||
      document->content_hash == NULL)
    {
      g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_INVALID_ARGUMENT,
                   "An article needs a title, a text and a content hash");
      return FALSE;
    }
  if (!g_utf8_validate (document->title, -1, NULL) || !g_utf8_validate (document->text, -1, NULL))
    {
      g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_ENCODING,
                   "An article’s title or text is not valid UTF-8");
      return FALSE;
    }
  return TRUE;
}

/* Inserts one document inside the caller's transaction. */
static gboolean
insert_document (ClaimlineStore           *self,
                 const ClaimlineDocument  *document,
                 gint64                   *out_id,
                 gboolean                 *out_added,
                 GError                  **error)
{
  sqlite3_stmt *insert;
  gint64 existing = 0;
  gint64 outlet_id = 0;

  *out_added = FALSE;
  if (!validate_document (document, error))
    return FALSE;

  if (!find_id (self, STMT_FIND_BY_HASH, document->content_hash, &existing, error))
    return FALSE;
  if (existing == 0 && document->guid != NULL &&
      !find_id (self, STMT_FIND_BY_GUID, document->guid, &existing, error))
    return FALSE;
  if (existing != 0)
    {
      *out_id = existing;
      return TRUE;
    }

  if (document->outlet != NULL && *document->outlet != '\0' &&
      !ensure_outlet (self, document->outlet, &outlet_id, error))
    return FALSE;

  insert = claimline_store_statement (self, STMT_INSERT_ARTICLE, error);
  if (insert == NULL)
    return FALSE;
  claimline_store_bind_text (insert, 1, document->url);
  claimline_store_bind_text (insert, 2, document->guid);
  claimline_store_bind_text (insert, 3, document->title);
  if (outlet_id != 0)
    sqlite3_bind_int64 (insert, 4, outlet_id);
  else
    sqlite3_bind_null (insert, 4);
  claimline_store_bind_text (insert, 5, document->author);
  claimline_store_bind_text (insert, 6, document->published);
  sqlite3_bind_int64 (insert, 7, g_get_real_time () / G_USEC_PER_SEC);
  claimline_store_bind_text (insert, 8, document->text);
  claimline_store_bind_text (insert, 9, document->content_hash);
  if (!claimline_store_step_done (self, insert, error))
    return FALSE;

  *out_id = sqlite3_last_insert_rowid (self->db);
  if (!claimline_store_insert_claims (self, *out_id, document->claims, error))
    return FALSE;
  *out_added = TRUE;
  return TRUE;
}

gboolean
claimline_store_add_document (ClaimlineStore           *self,
                              const ClaimlineDocument  *document,
                              gint64                   *out_id,
                              gboolean                 *out_added,
                              GError                  **error)
{
  gint64 id = 0;
  gboolean added = FALSE;

  g_return_val_if_fail (CLAIMLINE_IS_STORE (self), FALSE);
  g_return_val_if_fail (document != NULL, FALSE);

  if (!claimline_store_begin (self, error))
    return FALSE;
  if (!insert_document (self, document, &id, &added, error) ||
      !claimline_store_commit (self, error))
    {
      claimline_store_rollback (self);
      return FALSE;
    }

  if (out_id != NULL)
    *out_id = id;
  if (out_added != NULL)
    *out_added = added;
  return TRUE;
}

gboolean
claimline_store_add_documents (ClaimlineStore  *self,
                               GPtrArray       *documents,
                               guint           *out_n_added,
                               GError         **error)
{
  guint n_added = 0;

  g_return_val_if_fail (CLAIMLINE_IS_STORE (self), FALSE);
  g_return_val_if_fail (documents != NULL, FALSE);

  if (!claimline_store_begin (self, error))
    return FALSE;
  for (guint i = 0; i < documents->len; i++)
    {
      gint64 id;
      gboolean added;

      if (!insert_document (self, g_ptr_array_index (documents, i), &id, &added, error))
        {
          claimline_store_rollback (self);
          return FALSE;
        }
      n_added += added ? 1 : 0;
    }
  if (!claimline_store_commit (self, error))
    {
      claimline_store_rollback (self);
      return FALSE;
    }

  if (out_n_added != NULL)
    *out_n_added = n_added;
  return TRUE;
}

gint64
claimline_store_count_articles (ClaimlineStore  *self,
                                GError         **error)
{
  g_autoptr(ClaimlineStmtReset) stmt = NULL;

  g_return_val_if_fail (CLAIMLINE_IS_STORE (self), -1);

  stmt = claimline_store_statement (self, STMT_COUNT_ARTICLES, error);
  if (stmt == NULL)
    return -1;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      claimline_store_set_error (self, error, "Cannot count articles");
      return -1;
    }
  return sqlite3_column_int64 (stmt, 0);
}

/* Appends the ids a listing statement returns to IDS. */
static gboolean
append_ids (ClaimlineStore  *self,
            StoreStatement   which,
            GArray          *ids,
            GError         **error)
{
  g_autoptr(ClaimlineStmtReset) stmt = claimline_store_statement (self, which, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  if (rc != SQLITE_DONE)
    {
      claimline_store_set_error (self, error, "Cannot list articles");
      return FALSE;
    }
  return TRUE;
}

GArray *
claimline_store_list_article_ids (ClaimlineStore        *self,
                                  ClaimlineArticleSort   sort,
                                  GError               **error)
{
  g_autoptr(GArray) ids = NULL;
  gboolean ok;

  g_return_val_if_fail (CLAIMLINE_IS_STORE (self), NULL);

  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  if (sort == CLAIMLINE_ARTICLE_SORT_OUTLET)
    ok = append_ids (self, STMT_LIST_IDS_BY_OUTLET, ids, error) &&
         append_ids (self, STMT_LIST_IDS_WITHOUT_OUTLET, ids, error);
  else
    ok = append_ids (self, STMT_LIST_IDS_BY_DATE, ids, error);

  return ok ? g_steal_pointer (&ids) : NULL;
}

static ClaimlineArticle *
summary_from_row (sqlite3_stmt *stmt)
{
  ClaimlineArticle *article = claimline_article_new (sqlite3_column_int64 (stmt, 0),
                                (const char *) sqlite3_column_text (stmt, 1),
                                (const char *) sqlite3_column_text (stmt, 2),
                                (const char *) sqlite3_column_text (stmt, 3),
                                (const char *) sqlite3_column_text (stmt, 4),
                                (const char *) sqlite3_column_text (stmt, 5),
                                sqlite3_column_int64 (stmt, 6),
                                (guint) sqlite3_column_int (stmt, 7),
                                sqlite3_column_int (stmt, 8) != 0);

  claimline_article_set_published_inferred (article, sqlite3_column_int (stmt, 9) != 0);
  return article;
}

/* Reads the summary of ID; NULL with no error when the article is gone. */
static ClaimlineArticle *
load_summary (ClaimlineStore  *self,
              gint64           id,
              GError         **error)
{
  g_autoptr(ClaimlineStmtReset) stmt = claimline_store_statement (self, STMT_LOAD_SUMMARY, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return summary_from_row (stmt);
  if (rc != SQLITE_DONE)
    claimline_store_set_error (self, error, "Cannot read an article");
  return NULL;
}

GPtrArray *
claimline_store_load_summaries (ClaimlineStore  *self,
                                const gint64    *ids,
                                guint            n_ids,
                                GError         **error)
{
  g_autoptr(GPtrArray) articles = NULL;

  g_return_val_if_fail (CLAIMLINE_IS_STORE (self), NULL);
  g_return_val_if_fail (ids != NULL || n_ids == 0, NULL);

  articles = g_ptr_array_new_full (n_ids, g_object_unref);
  for (guint i = 0; i < n_ids; i++)
    {
      g_autoptr(GError) local_error = NULL;
      ClaimlineArticle *article = load_summary (self, ids[i], &local_error);

      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      /* An article removed since the ids were listed keeps its place. */
      if (article == NULL)
        article = claimline_article_new (ids[i], "", NULL, NULL, NULL, NULL, 0, 0, FALSE);
      g_ptr_array_add (articles, article);
    }
  return g_steal_pointer (&articles);
}

ClaimlineArticle *
claimline_store_load_article (ClaimlineStore  *self,
                              gint64           id,
                              GError         **error)
{
  g_autoptr(ClaimlineArticle) article = NULL;
  g_autoptr(ClaimlineStmtReset) stmt = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (CLAIMLINE_IS_STORE (self), NULL);

  article = load_summary (self, id, &local_error);
  if (article == NULL)
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_NOT_FOUND,
                     "No article with id %" G_GINT64_FORMAT, id);
      return NULL;
    }

  stmt = claimline_store_statement (self, STMT_LOAD_TEXT, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      claimline_store_set_error (self, error, "Cannot read an article");
      return NULL;
    }
  claimline_article_set_text (article, (const char *) sqlite3_column_text (stmt, 0));
  return g_steal_pointer (&article);
}

/* Turns what a person types into an FTS5 query: every word must occur, the
 * last one may be a prefix, and FTS5 syntax characters lose their meaning. */
static char *
build_match_expression (const char *query)
{
  g_autoptr(GString) expression = g_string_new (NULL);
  g_autoptr(GString) word = g_string_new (NULL);
  const char *p = query;

  for (;;)
    {
      gunichar c = *p ? g_utf8_get_char (p) : 0;

      if (c != 0 && (g_unichar_isalnum (c) || g_unichar_ismark (c)))
        g_string_append_unichar (word, c);
      else if (word->len > 0)
        {
          if (expression->len > 0)
            g_string_append_c (expression, ' ');
          g_string_append_printf (expression, "\"%s\"", word->str);
          g_string_truncate (word, 0);
        }
      if (c == 0)
        break;
      p = g_utf8_next_char (p);
    }
  if (expression->len == 0)
    return NULL;
  g_string_append_c (expression, '*');
  return g_string_free (g_steal_pointer (&expression), FALSE);
}

/* Character offset of the first \1 marker that highlight() put in the text. */
static int
first_marker_offset (const char *highlighted)
{
  const char *marker = highlighted ? strchr (highlighted, '\1') : NULL;

  return marker ? (int) g_utf8_pointer_to_offset (highlighted, marker) : -1;
}

GPtrArray *
claimline_store_search (ClaimlineStore  *self,
                        const char      *query,
                        guint            limit,
                        GError         **error)
{
  g_autoptr(ClaimlineStmtReset) stmt = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autofree char *expression = NULL;
  int rc;

  g_return_val_if_fail (CLAIMLINE_IS_STORE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  expression = build_match_expression (query);
  if (expression == NULL)
    {
      g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_INVALID_ARGUMENT,
                   "The search “%s” has no words to look for", query);
      return NULL;
    }

  stmt = claimline_store_statement (self, STMT_SEARCH, error);
  if (stmt == NULL)
    return NULL;
  claimline_store_bind_text (stmt, 1, expression);
  sqlite3_bind_int (stmt, 2, limit > 0 ? (int) MIN (limit, G_MAXINT) : -1);

  hits = g_ptr_array_new_with_free_func ((GDestroyNotify) claimline_search_hit_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ClaimlineSearchHit *hit = g_new0 (ClaimlineSearchHit, 1);

      hit->article_id = sqlite3_column_int64 (stmt, 0);
      hit->title = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      hit->outlet = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      hit->snippet = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      hit->match_offset = first_marker_offset ((const char *) sqlite3_column_text (stmt, 4));
      g_ptr_array_add (hits, hit);
    }
  if (rc != SQLITE_DONE)
    {
      claimline_store_set_error (self, error, "Cannot search the store");
      return NULL;
    }
  return g_steal_pointer (&hits);
}
