/* claimline-article-list.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "claimline-article-list.h"
#include "claimline-id-diff.h"

/* Rows are read in pages; only the most recently used pages stay in memory,
 * so a list of 100,000 articles holds 100,000 ids and a few thousand rows. */
#define PAGE_SIZE 128
#define MAX_PAGES 32
/* The last rows handed out (those a list view shows) are read again after
 * a reload, to catch counts that changed. */
#define RECHECK_ROWS 512
/* A paced reload adds at most this many rows per main-loop turn. */
#define ADDED_PER_TURN 16

typedef struct _Reload Reload;

struct _ClaimlineArticleList
{
  GObject               parent_instance;

  ClaimlineStore       *store;
  ClaimlineArticleSort  sort;
  gint64                story_id;   /* 0: every article */
  GArray               *ids;
  GHashTable           *pages;      /* page index → GPtrArray of ClaimlineArticle */
  GQueue                page_order; /* page indexes, most recently used first */
  ClaimlineArticle     *handed[RECHECK_ROWS]; /* a ring of the last rows handed out */
  guint                 next_handed;
  Reload               *pending;    /* a paced reload under way */
  guint                 pending_source;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (ClaimlineArticleList, claimline_article_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_STORE,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
claimline_article_list_get_item_type (GListModel *model)
{
  return CLAIMLINE_TYPE_ARTICLE;
}

static guint
claimline_article_list_get_n_items (GListModel *model)
{
  ClaimlineArticleList *self = CLAIMLINE_ARTICLE_LIST (model);

  return self->ids->len;
}

static void
drop_pages (ClaimlineArticleList *self)
{
  g_hash_table_remove_all (self->pages);
  g_queue_clear (&self->page_order);
}

/* Forgets the pages from the one holding POSITION on: they moved. */
static void
drop_pages_from (ClaimlineArticleList *self,
                 guint                 position)
{
  guint first = position / PAGE_SIZE;
  GList *link = self->page_order.head;

  while (link != NULL)
    {
      GList *next = link->next;
      guint page = GPOINTER_TO_UINT (link->data);

      if (page >= first)
        {
          g_hash_table_remove (self->pages, GUINT_TO_POINTER (page));
          g_queue_delete_link (&self->page_order, link);
        }
      link = next;
    }
}

static void
touch_page (ClaimlineArticleList *self,
            guint                 page)
{
  g_queue_remove (&self->page_order, GUINT_TO_POINTER (page));
  g_queue_push_head (&self->page_order, GUINT_TO_POINTER (page));

  while (g_queue_get_length (&self->page_order) > MAX_PAGES)
    g_hash_table_remove (self->pages, g_queue_pop_tail (&self->page_order));
}

static GPtrArray *
load_page (ClaimlineArticleList *self,
           guint                 page)
{
  g_autoptr(GError) error = NULL;
  guint first = page * PAGE_SIZE;
  guint n = MIN (PAGE_SIZE, self->ids->len - first);
  GPtrArray *rows;

  rows = claimline_store_load_summaries (self->store,
                                         &g_array_index (self->ids, gint64, first), n,
                                         &error);
  if (rows == NULL)
    {
      /* get_item() cannot fail; an unreadable page shows as untitled rows. */
      g_warning ("Cannot read articles %u–%u: %s", first, first + n, error->message);
      rows = g_ptr_array_new_full (n, g_object_unref);
      for (guint i = 0; i < n; i++)
        g_ptr_array_add (rows, claimline_article_new (g_array_index (self->ids, gint64, first + i),
                                                      "", NULL, NULL, NULL, NULL, 0, 0, FALSE));
    }
  g_hash_table_insert (self->pages, GUINT_TO_POINTER (page), rows);
  return rows;
}

static gpointer
claimline_article_list_get_item (GListModel *model,
                                 guint       position)
{
  ClaimlineArticleList *self = CLAIMLINE_ARTICLE_LIST (model);
  guint page = position / PAGE_SIZE;
  ClaimlineArticle *article;
  GPtrArray *rows;

  if (position >= self->ids->len)
    return NULL;

  rows = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (page));
  if (rows == NULL)
    rows = load_page (self, page);
  touch_page (self, page);

  article = g_ptr_array_index (rows, position % PAGE_SIZE);
  g_set_object (&self->handed[self->next_handed], article);
  self->next_handed = (self->next_handed + 1) % RECHECK_ROWS;
  return g_object_ref (article);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = claimline_article_list_get_item_type;
  iface->get_n_items = claimline_article_list_get_n_items;
  iface->get_item = claimline_article_list_get_item;
}

static void     finish_pending (ClaimlineArticleList  *self);
static gboolean reload_now     (ClaimlineArticleList  *self,
                                gboolean               replace,
                                GError               **error);

static void
claimline_article_list_dispose (GObject *object)
{
  ClaimlineArticleList *self = (ClaimlineArticleList *)object;

  finish_pending (self);
  drop_pages (self);
  for (guint i = 0; i < RECHECK_ROWS; i++)
    g_clear_object (&self->handed[i]);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (claimline_article_list_parent_class)->dispose (object);
}

static void
claimline_article_list_finalize (GObject *object)
{
  ClaimlineArticleList *self = (ClaimlineArticleList *)object;

  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->pages, g_hash_table_unref);

  G_OBJECT_CLASS (claimline_article_list_parent_class)->finalize (object);
}

static void
claimline_article_list_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  ClaimlineArticleList *self = CLAIMLINE_ARTICLE_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->ids->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
claimline_article_list_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  ClaimlineArticleList *self = CLAIMLINE_ARTICLE_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
claimline_article_list_class_init (ClaimlineArticleListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = claimline_article_list_dispose;
  object_class->finalize = claimline_article_list_finalize;
  object_class->get_property = claimline_article_list_get_property;
  object_class->set_property = claimline_article_list_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, CLAIMLINE_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
claimline_article_list_init (ClaimlineArticleList *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->pages = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  g_queue_init (&self->page_order);
}

ClaimlineArticleList *
claimline_article_list_new (ClaimlineStore *store)
{
  g_return_val_if_fail (CLAIMLINE_IS_STORE (store), NULL);

  return g_object_new (CLAIMLINE_TYPE_ARTICLE_LIST, "store", store, NULL);
}

ClaimlineStore *
claimline_article_list_get_store (ClaimlineArticleList *self)
{
  g_return_val_if_fail (CLAIMLINE_IS_ARTICLE_LIST (self), NULL);

  return self->store;
}

ClaimlineArticleSort
claimline_article_list_get_sort (ClaimlineArticleList *self)
{
  g_return_val_if_fail (CLAIMLINE_IS_ARTICLE_LIST (self), CLAIMLINE_ARTICLE_SORT_DATE);

  return self->sort;
}

void
claimline_article_list_set_sort (ClaimlineArticleList *self,
                                 ClaimlineArticleSort  sort)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (CLAIMLINE_IS_ARTICLE_LIST (self));

  if (self->sort == sort)
    return;
  self->sort = sort;
  if (!reload_now (self, TRUE, &error))
    g_warning ("Cannot re-sort the article list: %s", error->message);
}

gint64
claimline_article_list_get_story (ClaimlineArticleList *self)
{
  g_return_val_if_fail (CLAIMLINE_IS_ARTICLE_LIST (self), 0);

  return self->story_id;
}

void
claimline_article_list_set_story (ClaimlineArticleList *self,
                                  gint64                story_id)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (CLAIMLINE_IS_ARTICLE_LIST (self));

  if (self->story_id == story_id)
    return;
  self->story_id = story_id;
  if (!reload_now (self, TRUE, &error))
    g_warning ("Cannot list the story's articles: %s", error->message);
}

/* The rows handed out last, each id once with its latest row; their ids
 * go into IDS. */
static GPtrArray *
recent_rows (ClaimlineArticleList *self,
             GHashTable           *ids)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint k = 1; k <= RECHECK_ROWS; k++)
    {
      ClaimlineArticle *row = self->handed[(self->next_handed + RECHECK_ROWS - k) % RECHECK_ROWS];
      gint64 id;

      if (row == NULL)
        break;
      id = claimline_article_get_id (row);
      if (g_hash_table_add (ids, g_memdup2 (&id, sizeof id)))
        g_ptr_array_add (rows, g_object_ref (row));
    }
  return rows;
}

static void
changed (ClaimlineArticleList *self,
         guint                 position,
         guint                 removed,
         guint                 added)
{
  drop_pages_from (self, position);
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
}

/* A reload under way: the list turns into the new ids by runs of
 * insertions and removals, so that a list view keeps the rows of the
 * articles that stay (replacing every row after each refresh stalled the
 * window); the model is in the state each signal describes when it is
 * emitted. */
struct _Reload
{
  ClaimlineIdDiff *diff;
  GArray          *new_ids;
  GPtrArray       *rows;      /* rows handed out before, to read again */
  GHashTable      *row_ids;   /* their ids */
  guint            old_n;
  gboolean         replace;   /* a new order or story: all rows at once */
  GHashTable      *fresh;     /* id → ClaimlineArticle read again off the main thread, or NULL */
  GTask           *task;      /* of claimline_article_list_reload_async(), or NULL */
};

static void
reload_free (Reload *reload)
{
  claimline_id_diff_free (reload->diff);
  g_array_unref (reload->new_ids);
  g_ptr_array_unref (reload->rows);
  g_hash_table_unref (reload->row_ids);
  g_clear_pointer (&reload->fresh, g_hash_table_unref);
  g_clear_object (&reload->task);
  g_free (reload);
}

/* DIFF: the changes from the list's ids now to NEW_IDS, or NULL to work
 * them out here. */
static Reload *
reload_new (ClaimlineArticleList *self,
            GArray               *new_ids,
            ClaimlineIdDiff      *diff)
{
  Reload *reload = g_new0 (Reload, 1);
  g_autoptr(GArray) old_ids = diff == NULL ? g_array_copy (self->ids) : NULL;

  reload->diff = diff != NULL ? diff : claimline_id_diff_new (old_ids, new_ids);
  reload->new_ids = g_array_ref (new_ids);
  reload->row_ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  reload->rows = recent_rows (self, reload->row_ids);
  reload->old_n = self->ids->len;
  return reload;
}

/* Applies changes until BUDGET rows were added or the end is reached;
 * returns whether the list holds the new ids. */
static gboolean
reload_step (ClaimlineArticleList *self,
             Reload               *reload,
             guint                 budget)
{
  ClaimlineIdChange change;
  guint added = 0;

  if (reload->replace)
    {
      guint old_n = self->ids->len;

      g_array_set_size (self->ids, 0);
      g_array_append_vals (self->ids, reload->new_ids->data, reload->new_ids->len);
      changed (self, 0, old_n, self->ids->len);
      return TRUE;
    }

  while (added < budget && claimline_id_diff_next (reload->diff, budget - added, &change))
    {
      g_array_remove_range (self->ids, change.position, change.removed);
      g_array_insert_vals (self->ids, change.position,
                           &g_array_index (reload->new_ids, gint64, change.new_start),
                           change.added);
      changed (self, change.position, change.removed, change.added);
      added += change.added;
    }
  return added < budget;
}

/* Reads the rows handed out before that stayed again and signals those
 * whose counts or fields changed (another article joined their story). */
static void
reload_finish_rows (ClaimlineArticleList *self,
                    Reload               *reload)
{
  drop_pages (self);
  for (guint k = 0; k < reload->rows->len; k++)
    {
      ClaimlineArticle *old = g_ptr_array_index (reload->rows, k);
      gint64 id = claimline_article_get_id (old);
      int position = claimline_id_diff_new_position (reload->diff, id);
      g_autoptr(GPtrArray) read = NULL;
      ClaimlineArticle *fresh;

      if (position < 0)
        continue;
      /* Rows handed out after the worker read them are read here. */
      fresh = reload->fresh != NULL ? g_hash_table_lookup (reload->fresh, &id) : NULL;
      if (fresh == NULL && (read = claimline_store_load_summaries (self->store, &id, 1, NULL)) != NULL)
        fresh = g_ptr_array_index (read, 0);
      if (fresh == NULL || claimline_article_same_summary (old, fresh))
        continue;
      changed (self, (guint) position, 1, 1);
    }
  if (reload->old_n != self->ids->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

/* Ends the reload under way, if any, applying what is left at once. */
static void
finish_pending (ClaimlineArticleList *self)
{
  Reload *reload = g_steal_pointer (&self->pending);

  if (reload == NULL)
    return;
  g_clear_handle_id (&self->pending_source, g_source_remove);
  reload_step (self, reload, G_MAXUINT);
  reload_finish_rows (self, reload);
  if (reload->task != NULL)
    g_task_return_boolean (reload->task, TRUE);
  reload_free (reload);
}

static gboolean
reload_now (ClaimlineArticleList  *self,
            gboolean               replace,
            GError               **error)
{
  g_autoptr(GArray) ids = NULL;

  finish_pending (self);
  ids = claimline_store_list_story_article_ids (self->store, self->story_id, self->sort, error);
  if (ids == NULL)
    return FALSE;

  self->pending = reload_new (self, ids, NULL);
  self->pending->replace = replace;
  finish_pending (self);
  return TRUE;
}

gboolean
claimline_article_list_reload (ClaimlineArticleList  *self,
                               GError               **error)
{
  g_return_val_if_fail (CLAIMLINE_IS_ARTICLE_LIST (self), FALSE);

  return reload_now (self, FALSE, error);
}

static gboolean
reload_paced_cb (gpointer data)
{
  ClaimlineArticleList *self = data;

  if (!reload_step (self, self->pending, ADDED_PER_TURN))
    return G_SOURCE_CONTINUE;
  self->pending_source = 0;
  finish_pending (self);
  return G_SOURCE_REMOVE;
}

static void
start_paced (ClaimlineArticleList *self,
             Reload               *reload,
             GTask                *task)
{
  reload->task = g_object_ref (task);
  self->pending = reload;
  self->pending_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, reload_paced_cb, self, NULL);
  g_source_set_name_by_id (self->pending_source, "[claimline] article list reload");
}

/* What a worker thread reads for a paced reload: the new ids, the changes
 * from the ids the list had when it was asked, and the shown rows again,
 * so that a list of 100,000 articles costs the main thread only the
 * changes. */
typedef struct
{
  char                 *path;
  gint64                story_id;
  ClaimlineArticleSort  sort;
  GArray               *old_ids;
  GArray               *recheck_ids;
  GArray               *new_ids;
  ClaimlineIdDiff      *diff;
  GPtrArray            *fresh;
} ReadJob;

static void
read_job_free (ReadJob *job)
{
  g_free (job->path);
  g_array_unref (job->old_ids);
  g_array_unref (job->recheck_ids);
  g_clear_pointer (&job->new_ids, g_array_unref);
  claimline_id_diff_free (job->diff);
  g_clear_pointer (&job->fresh, g_ptr_array_unref);
  g_free (job);
}

static void
read_job_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  ReadJob *job = task_data;
  g_autoptr(ClaimlineStore) store = NULL;
  GError *error = NULL;

  store = claimline_store_new (job->path, &error);
  if (store != NULL)
    job->new_ids = claimline_store_list_story_article_ids (store, job->story_id, job->sort, &error);
  if (job->new_ids != NULL)
    job->fresh = claimline_store_load_summaries (store, (const gint64 *) job->recheck_ids->data,
                                                 job->recheck_ids->len, &error);
  if (job->fresh == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  job->diff = claimline_id_diff_new (job->old_ids, job->new_ids);
  g_task_return_boolean (task, TRUE);
}

static void
read_job_done_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  ClaimlineArticleList *self = CLAIMLINE_ARTICLE_LIST (object);
  g_autoptr(GTask) task = user_data;
  ReadJob *job = g_task_get_task_data (G_TASK (result));
  GError *error = NULL;
  Reload *reload;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_task_return_error (task, error);
      return;
    }

  finish_pending (self);
  /* The changes were worked out from the ids of the time of the request;
   * if the list changed since (a reload of its own), they are worked out
   * again from the list's ids now. */
  if (job->old_ids->len == self->ids->len
      && memcmp (job->old_ids->data, self->ids->data, self->ids->len * sizeof (gint64)) == 0)
    reload = reload_new (self, job->new_ids, g_steal_pointer (&job->diff));
  else
    reload = reload_new (self, job->new_ids, NULL);
  reload->fresh = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  for (guint i = 0; i < job->fresh->len; i++)
    {
      ClaimlineArticle *article = g_ptr_array_index (job->fresh, i);
      gint64 id = claimline_article_get_id (article);

      g_hash_table_insert (reload->fresh, g_memdup2 (&id, sizeof id), g_object_ref (article));
    }
  start_paced (self, reload, task);
}

/* Like claimline_article_list_reload(), but reads the store in a worker
 * thread (with a connection of its own) and applies the changes a few rows
 * per main-loop turn at idle priority, so that frames are drawn in between
 * while a refresh brings hundreds of articles. */
void
claimline_article_list_reload_async (ClaimlineArticleList *self,
                                     GCancellable         *cancellable,
                                     GAsyncReadyCallback   callback,
                                     gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) read = NULL;
  const char *path;
  ReadJob *job;

  g_return_if_fail (CLAIMLINE_IS_ARTICLE_LIST (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, claimline_article_list_reload_async);

  finish_pending (self);
  path = claimline_store_get_path (self->store);

  /* A store in memory has no second connection: read it here. */
  if (path == NULL || g_str_equal (path, ":memory:"))
    {
      g_autoptr(GArray) ids = NULL;
      GError *error = NULL;

      ids = claimline_store_list_story_article_ids (self->store, self->story_id, self->sort, &error);
      if (ids == NULL)
        {
          g_task_return_error (task, error);
          return;
        }
      start_paced (self, reload_new (self, ids, NULL), task);
      return;
    }

  job = g_new0 (ReadJob, 1);
  job->path = g_strdup (path);
  job->story_id = self->story_id;
  job->sort = self->sort;
  job->old_ids = g_array_copy (self->ids);
  job->recheck_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  {
    g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
    g_autoptr(GPtrArray) rows = recent_rows (self, seen);

    for (guint i = 0; i < rows->len; i++)
      {
        gint64 id = claimline_article_get_id (g_ptr_array_index (rows, i));

        g_array_append_val (job->recheck_ids, id);
      }
  }
  read = g_task_new (self, cancellable, read_job_done_cb, g_steal_pointer (&task));
  g_task_set_source_tag (read, read_job_thread);
  g_task_set_task_data (read, job, (GDestroyNotify) read_job_free);
  g_task_run_in_thread (read, read_job_thread);
}

gboolean
claimline_article_list_reload_finish (ClaimlineArticleList  *self,
                                      GAsyncResult          *result,
                                      GError               **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
int
claimline_article_list_find (ClaimlineArticleList *self,
                             gint64                id)
{
  g_return_val_if_fail (CLAIMLINE_IS_ARTICLE_LIST (self), -1);

  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == id)
      return (int) i;
  return -1;
}

guint
claimline_article_list_get_n_cached (ClaimlineArticleList *self)
{
  GHashTableIter iter;
  gpointer value;
  guint n = 0;

  g_return_val_if_fail (CLAIMLINE_IS_ARTICLE_LIST (self), 0);

  g_hash_table_iter_init (&iter, self->pages);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    n += ((GPtrArray *) value)->len;
  return n;
}
