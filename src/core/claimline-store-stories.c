/* claimline-store-stories.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Stories, the features they are clustered by, and their claim groups.
 */

#include "config.h"

#include "claimline-error.h"
#include "claimline-store-private.h"

static char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

/* Runs STMT to the end; FALSE with ERROR set when a step fails. */
static gboolean
finish_rows (ClaimlineStore  *self,
             int              rc,
             GError         **error)
{
  if (rc == SQLITE_DONE)
    return TRUE;
  claimline_store_set_error (self, error, "Cannot read the store");
  return FALSE;
}

GPtrArray *
claimline_store_list_stories (ClaimlineStore  *self,
                              GError         **error)
{
  g_autoptr(ClaimlineStmtReset) stmt = NULL;
  g_autoptr(GPtrArray) stories = NULL;
  int rc;

  g_return_val_if_fail (CLAIMLINE_IS_STORE (self), NULL);

  stmt = claimline_store_statement (self, STMT_LIST_STORIES, error);
  if (stmt == NULL)
    return NULL;
  stories = g_ptr_array_new_with_free_func ((GDestroyNotify) claimline_story_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ClaimlineStory *story = g_new0 (ClaimlineStory, 1);

      story->id = sqlite3_column_int64 (stmt, 0);
      story->title = column_text (stmt, 1);
      story->first_date = column_text (stmt, 2);
      story->last_date = column_text (stmt, 3);
      story->n_articles = (guint) sqlite3_column_int (stmt, 4);
      story->n_conflicts = (guint) sqlite3_column_int (stmt, 5);
      g_ptr_array_add (stories, story);
    }
  return finish_rows (self, rc, error) ? g_steal_pointer (&stories) : NULL;
}

static GArray *
collect_ids (ClaimlineStore  *self,
             sqlite3_stmt    *stmt,
             GError         **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  return finish_rows (self, rc, error) ? g_steal_pointer (&ids) : NULL;
}

GArray *
claimline_store_list_story_article_ids (ClaimlineStore        *self,
                                        gint64                 story_id,
                                        ClaimlineArticleSort   sort,
                                        GError               **error)
{
  g_autoptr(ClaimlineStmtReset) stmt = NULL;

  g_return_val_if_fail (CLAIMLINE_IS_STORE (self), NULL);

  if (story_id == 0)
    return claimline_store_list_article_ids (self, sort, error);
  stmt = claimline_store_statement (self,
                                    sort == CLAIMLINE_ARTICLE_SORT_OUTLET
                                      ? STMT_STORY_IDS_BY_OUTLET : STMT_STORY_IDS_BY_DATE,
                                    error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, story_id);
  return collect_ids (self, stmt, error);
}

gint64
claimline_store_get_article_story (ClaimlineStore  *self,
                                   gint64           article_id,
                                   GError         **error)
{
  g_autoptr(ClaimlineStmtReset) stmt = NULL;
  int rc;

  g_return_val_if_fail (CLAIMLINE_IS_STORE (self), 0);

  stmt = claimline_store_statement (self, STMT_ARTICLE_STORY, error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, article_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  finish_rows (self, rc, error);
  return 0;
}

gboolean
claimline_store_set_published (ClaimlineStore  *self,
                               gint64           article_id,
                               const char      *date,
                               gboolean         inferred,
                               GError         **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (CLAIMLINE_IS_STORE (self), FALSE);

  stmt = claimline_store_statement (self, STMT_SET_PUBLISHED, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, article_id);
  claimline_store_bind_text (stmt, 2, date);
  sqlite3_bind_int (stmt, 3, inferred && date != NULL ? 1 : 0);
  return claimline_store_step_done (self, stmt, error);
}

gboolean
claimline_store_lookup_feature (ClaimlineStore  *self,
                                const char      *feature,
                                guint           *out_articles,
                                GArray          *out_stories,
                                GError         **error)
{
  g_autoptr(ClaimlineStmtReset) count = NULL;
  g_autoptr(ClaimlineStmtReset) stories = NULL;
  int rc;

  count = claimline_store_statement (self, STMT_FEATURE_COUNT, error);
  if (count == NULL)
    return FALSE;
  claimline_store_bind_text (count, 1, feature);
  rc = sqlite3_step (count);
  *out_articles = rc == SQLITE_ROW ? (guint) sqlite3_column_int (count, 0) : 0;
  if (rc != SQLITE_ROW && !finish_rows (self, rc, error))
    return FALSE;

  stories = claimline_store_statement (self, STMT_FEATURE_STORIES, error);
  if (stories == NULL)
    return FALSE;
  claimline_store_bind_text (stories, 1, feature);
  while ((rc = sqlite3_step (stories)) == SQLITE_ROW)
    {
      ClaimlineFeatureStory hit = { sqlite3_column_int64 (stories, 0),
                                    (guint) sqlite3_column_int (stories, 1) };

      g_array_append_val (out_stories, hit);
    }
  return finish_rows (self, rc, error);
}

static gboolean
run_with_id_and_text (ClaimlineStore  *self,
                      StoreStatement   which,
                      gint64           id,
                      const char      *text,
                      GError         **error)
{
  sqlite3_stmt *stmt = claimline_store_statement (self, which, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (text != NULL)
    claimline_store_bind_text (stmt, 2, text);
  return claimline_store_step_done (self, stmt, error);
}

static gboolean
run_with_text (ClaimlineStore  *self,
               StoreStatement   which,
               const char      *text,
               GError         **error)
{
  sqlite3_stmt *stmt = claimline_store_statement (self, which, error);

  if (stmt == NULL)
    return FALSE;
  claimline_store_bind_text (stmt, 1, text);
  return claimline_store_step_done (self, stmt, error);
}

gint64
claimline_store_add_to_story (ClaimlineStore  *self,
                              gint64           story_id,
                              gint64           article_id,
                              GPtrArray       *features,
                              GError         **error)
{
  if (!claimline_store_begin (self, error))
    return 0;

  if (story_id == 0)
    {
      sqlite3_stmt *insert = claimline_store_statement (self, STMT_INSERT_STORY, error);

      if (insert == NULL)
        goto failed;
      claimline_store_bind_text (insert, 1, "");
      sqlite3_bind_int64 (insert, 2, g_get_real_time () / G_USEC_PER_SEC);
      if (!claimline_store_step_done (self, insert, error))
        goto failed;
      story_id = sqlite3_last_insert_rowid (self->db);
    }

  {
    sqlite3_stmt *link = claimline_store_statement (self, STMT_ADD_STORY_ARTICLE, error);

    if (link == NULL)
      goto failed;
    sqlite3_bind_int64 (link, 1, story_id);
    sqlite3_bind_int64 (link, 2, article_id);
    if (!claimline_store_step_done (self, link, error))
      goto failed;
  }

  for (guint i = 0; i < features->len; i++)
    {
      const char *feature = g_ptr_array_index (features, i);
      sqlite3_stmt *counted = claimline_store_statement (self, STMT_COUNT_FEATURE, error);

      if (counted == NULL)
        goto failed;
      claimline_store_bind_text (counted, 1, feature);
      if (!claimline_store_step_done (self, counted, error) ||
          !run_with_id_and_text (self, STMT_ADD_STORY_FEATURE, story_id, feature, error))
        goto failed;
    }

  if (!claimline_store_commit (self, error))
    goto failed;
  return story_id;

failed:
  claimline_store_rollback (self);
  return 0;
}

gboolean
claimline_store_remove_story_features (ClaimlineStore  *self,
                                       gint64           story_id,
                                       GPtrArray       *features,
                                       GError         **error)
{
  g_return_val_if_fail (CLAIMLINE_IS_STORE (self), FALSE);

  if (!claimline_store_begin (self, error))
    return FALSE;
  for (guint i = 0; i < features->len; i++)
    {
      const char *feature = g_ptr_array_index (features, i);

      if (!run_with_text (self, STMT_UNCOUNT_FEATURE, feature, error) ||
          !run_with_text (self, STMT_DROP_UNCOUNTED_FEATURE, feature, error) ||
          !run_with_id_and_text (self, STMT_REMOVE_STORY_FEATURE, story_id, feature, error) ||
          !run_with_id_and_text (self, STMT_DROP_REMOVED_STORY_FEATURE, story_id, feature, error))
        {
          claimline_store_rollback (self);
          return FALSE;
        }
    }
  if (claimline_store_commit (self, error))
    return TRUE;
  claimline_store_rollback (self);
  return FALSE;
}

GArray *
claimline_store_list_feed_article_ids (ClaimlineStore  *self,
                                       gint64           feed_id,
                                       GError         **error)
{
  g_autoptr(ClaimlineStmtReset) stmt = NULL;

  g_return_val_if_fail (CLAIMLINE_IS_STORE (self), NULL);

  stmt = claimline_store_statement (self, STMT_FEED_ARTICLE_IDS, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, feed_id);
  return collect_ids (self, stmt, error);
}

gboolean
claimline_store_update_story (ClaimlineStore  *self,
                              gint64           story_id,
                              const char      *title,
                              const char      *first_date,
                              const char      *last_date,
                              GError         **error)
{
  sqlite3_stmt *stmt = claimline_store_statement (self, STMT_UPDATE_STORY, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, story_id);
  claimline_store_bind_text (stmt, 2, title ? title : "");
  claimline_store_bind_text (stmt, 3, first_date);
  claimline_store_bind_text (stmt, 4, last_date);
  return claimline_store_step_done (self, stmt, error);
}

static ClaimlineGroupMember *
member_from_row (sqlite3_stmt *stmt,
                 int           first_extra)
{
  ClaimlineGroupMember *member = g_new0 (ClaimlineGroupMember, 1);

  member->claim = claimline_store_claim_from_row (stmt);
  member->outlet = column_text (stmt, first_extra);
  member->title = column_text (stmt, first_extra + 1);
  return member;
}

static int
compare_sentence_places (gconstpointer a,
                         gconstpointer b)
{
  const ClaimlineClaim *x = (*(ClaimlineGroupMember * const *) a)->claim;
  const ClaimlineClaim *y = (*(ClaimlineGroupMember * const *) b)->claim;

  if (x->article_id != y->article_id)
    return x->article_id < y->article_id ? -1 : 1;
  return (x->sentence_start > y->sentence_start) - (x->sentence_start < y->sentence_start);
}

/* Moves P (at character AT of a text ending at END) forward to character
 * TARGET, or to END. */
static const char *
advance_chars (const char *p,
               const char *end,
               gsize      *at,
               gsize       target)
{
  for (; *at < target && p < end; (*at)++)
    p = g_utf8_next_char (p);
  return MIN (p, end);
}

/* Cuts the sentence of each member from its article's text, reading each
 * text once and walking it once: SQL's substr() would walk the text from
 * its start for every claim, quadratic in a long article. */
static gboolean
fill_sentences (ClaimlineStore  *self,
                GPtrArray       *members,
                GError         **error)
{
  g_autoptr(GPtrArray) order = g_ptr_array_sized_new (members->len);
  g_autoptr(ClaimlineStmtReset) stmt = NULL;
  g_autofree char *text = NULL;
  const char *p = NULL, *end = NULL;
  gint64 article_id = 0;
  gsize at = 0;

  g_ptr_array_extend (order, members, NULL, NULL);
  g_ptr_array_sort (order, compare_sentence_places);
  for (guint i = 0; i < order->len; i++)
    {
      ClaimlineGroupMember *member = g_ptr_array_index (order, i);
      const ClaimlineClaim *claim = member->claim;
      gsize stop;

      if (claim->article_id != article_id || text == NULL)
        {
          g_clear_pointer (&text, g_free);
          if (stmt == NULL && (stmt = claimline_store_statement (self, STMT_LOAD_TEXT, error)) == NULL)
            return FALSE;
          sqlite3_reset (stmt);
          sqlite3_bind_int64 (stmt, 1, claim->article_id);
          if (sqlite3_step (stmt) != SQLITE_ROW)
            {
              claimline_store_set_error (self, error, "Cannot read an article");
              return FALSE;
            }
          text = column_text (stmt, 0);
          article_id = claim->article_id;
          p = text != NULL ? text : "";
          end = p + strlen (p);
          at = 0;
        }
      p = advance_chars (p, end, &at, claim->sentence_start);
      stop = at;
      member->sentence = g_strndup (p, advance_chars (p, end, &stop, claim->sentence_end) - p);
    }
  return TRUE;
}

/* The number of columns CLAIM_COLUMNS selects. */
#define N_CLAIM_COLUMNS 26

GPtrArray *
claimline_store_load_story_members (ClaimlineStore  *self,
                                    gint64           story_id,
                                    GError         **error)
{
  g_autoptr(ClaimlineStmtReset) stmt = claimline_store_statement (self, STMT_STORY_MEMBERS, error);
  g_autoptr(GPtrArray) members = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, story_id);
  members = g_ptr_array_new_with_free_func ((GDestroyNotify) claimline_group_member_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (members, member_from_row (stmt, N_CLAIM_COLUMNS));
  if (!finish_rows (self, rc, error) || !fill_sentences (self, members, error))
    return NULL;
  return g_steal_pointer (&members);
}

static gboolean
insert_group (ClaimlineStore       *self,
              gint64                story_id,
              ClaimlineClaimGroup  *group,
              GError              **error)
{
  sqlite3_stmt *insert = claimline_store_statement (self, STMT_INSERT_GROUP, error);

  if (insert == NULL)
    return FALSE;
  sqlite3_bind_int64 (insert, 1, story_id);
  claimline_store_bind_text (insert, 2, group->subject);
  claimline_store_bind_text (insert, 3, group->attribute);
  claimline_store_bind_text (insert, 4, group->time_value);
  claimline_store_bind_text (insert, 5, claimline_verdict_to_string (group->verdict));
  claimline_store_bind_text (insert, 6, claimline_conflict_to_string (group->conflict));
  claimline_store_bind_text (insert, 7, group->kind);
  claimline_store_bind_text (insert, 8, group->unit);
  claimline_store_bind_text (insert, 9, group->reason);
  sqlite3_bind_int (insert, 10, group->hedged ? 1 : 0);
  if (!claimline_store_step_done (self, insert, error))
    return FALSE;
  group->id = sqlite3_last_insert_rowid (self->db);
  group->story_id = story_id;

  for (guint i = 0; i < group->members->len; i++)
    {
      ClaimlineGroupMember *member = g_ptr_array_index (group->members, i);
      sqlite3_stmt *link = claimline_store_statement (self, STMT_INSERT_GROUP_MEMBER, error);

      if (link == NULL)
        return FALSE;
      sqlite3_bind_int64 (link, 1, group->id);
      sqlite3_bind_int64 (link, 2, member->claim->id);
      if (!claimline_store_step_done (self, link, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
claimline_store_save_story_groups (ClaimlineStore  *self,
                                   gint64           story_id,
                                   GPtrArray       *groups,
                                   GError         **error)
{
  g_return_val_if_fail (CLAIMLINE_IS_STORE (self), FALSE);

  if (!claimline_store_begin (self, error))
    return FALSE;
  if (!run_with_id_and_text (self, STMT_DELETE_STORY_GROUPS, story_id, NULL, error))
    goto failed;
  for (guint i = 0; i < groups->len; i++)
    if (!insert_group (self, story_id, g_ptr_array_index (groups, i), error))
      goto failed;
  if (claimline_store_commit (self, error))
    return TRUE;

failed:
  claimline_store_rollback (self);
  return FALSE;
}

static ClaimlineVerdict
group_verdict (const char *text)
{
  if (g_strcmp0 (text, "agree") == 0)
    return CLAIMLINE_VERDICT_AGREE;
  if (g_strcmp0 (text, "conflict") == 0)
    return CLAIMLINE_VERDICT_CONFLICT;
  return CLAIMLINE_VERDICT_SINGLE;
}

static ClaimlineClaimGroup *
group_from_row (sqlite3_stmt *stmt)
{
  ClaimlineClaimGroup *group = g_new0 (ClaimlineClaimGroup, 1);
  const char *conflict = (const char *) sqlite3_column_text (stmt, 8);

  group->id = sqlite3_column_int64 (stmt, 0);
  group->story_id = sqlite3_column_int64 (stmt, 1);
  group->subject = column_text (stmt, 2);
  group->attribute = column_text (stmt, 3);
  group->kind = column_text (stmt, 4);
  group->unit = column_text (stmt, 5);
  group->time_value = column_text (stmt, 6);
  group->verdict = group_verdict ((const char *) sqlite3_column_text (stmt, 7));
  group->conflict = g_strcmp0 (conflict, "time") == 0 ? CLAIMLINE_CONFLICT_TIME
                    : g_strcmp0 (conflict, "value") == 0 ? CLAIMLINE_CONFLICT_VALUE
                    : CLAIMLINE_CONFLICT_NONE;
  group->reason = column_text (stmt, 9);
  group->hedged = sqlite3_column_int (stmt, 10) != 0;
  group->members = g_ptr_array_new_with_free_func ((GDestroyNotify) claimline_group_member_free);
  return group;
}

static gboolean
load_members (ClaimlineStore       *self,
              ClaimlineClaimGroup  *group,
              GError              **error)
{
  g_autoptr(ClaimlineStmtReset) stmt = claimline_store_statement (self, STMT_GROUP_MEMBERS, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, group->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (group->members, member_from_row (stmt, N_CLAIM_COLUMNS));
  return finish_rows (self, rc, error);
}

GPtrArray *
claimline_store_load_story_groups (ClaimlineStore  *self,
                                   gint64           story_id,
                                   GError         **error)
{
  g_autoptr(ClaimlineStmtReset) stmt = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GPtrArray) members = NULL;
  int rc;

  g_return_val_if_fail (CLAIMLINE_IS_STORE (self), NULL);

  stmt = claimline_store_statement (self, STMT_STORY_GROUPS, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, story_id);
  groups = g_ptr_array_new_with_free_func ((GDestroyNotify) claimline_claim_group_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (groups, group_from_row (stmt));
  if (!finish_rows (self, rc, error))
    return NULL;
  claimline_stmt_reset (stmt);

  members = g_ptr_array_new ();
  for (guint i = 0; i < groups->len; i++)
    {
      ClaimlineClaimGroup *group = g_ptr_array_index (groups, i);

      if (!load_members (self, group, error))
        return NULL;
      g_ptr_array_extend (members, group->members, NULL, NULL);
    }
  if (!fill_sentences (self, members, error))
    return NULL;
  g_ptr_array_sort (groups, claimline_claim_group_compare);
  return g_steal_pointer (&groups);
}

ClaimlineClaimGroup *
claimline_store_load_group (ClaimlineStore  *self,
                            gint64           group_id,
                            GError         **error)
{
  g_autoptr(ClaimlineStmtReset) stmt = NULL;
  g_autoptr(ClaimlineClaimGroup) group = NULL;
  int rc;

  g_return_val_if_fail (CLAIMLINE_IS_STORE (self), NULL);

  stmt = claimline_store_statement (self, STMT_GROUP, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, group_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (finish_rows (self, rc, error))
        g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_NOT_FOUND,
                     "No claim group with id %" G_GINT64_FORMAT, group_id);
      return NULL;
    }
  group = group_from_row (stmt);
  g_clear_pointer (&stmt, claimline_stmt_reset);
  if (!load_members (self, group, error) || !fill_sentences (self, group->members, error))
    return NULL;
  return g_steal_pointer (&group);
}
