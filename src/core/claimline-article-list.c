/* claimline-article-list.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "claimline-article-list.h"

/* Rows are read in pages; only the most recently used pages stay in memory,
 * so a list of 100,000 articles holds 100,000 ids and a few thousand rows. */
#define PAGE_SIZE 128
#define MAX_PAGES 32

struct _ClaimlineArticleList
{
  GObject               parent_instance;

  ClaimlineStore       *store;
  ClaimlineArticleSort  sort;
  gint64                story_id;   /* 0: every article */
  GArray               *ids;
  GHashTable           *pages;      /* page index → GPtrArray of ClaimlineArticle */
  GQueue                page_order; /* page indexes, most recently used first */
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
  GPtrArray *rows;

  if (position >= self->ids->len)
    return NULL;

  rows = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (page));
  if (rows == NULL)
    rows = load_page (self, page);
  touch_page (self, page);

  return g_object_ref (g_ptr_array_index (rows, position % PAGE_SIZE));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = claimline_article_list_get_item_type;
  iface->get_n_items = claimline_article_list_get_n_items;
  iface->get_item = claimline_article_list_get_item;
}

static void
claimline_article_list_dispose (GObject *object)
{
  ClaimlineArticleList *self = (ClaimlineArticleList *)object;

  drop_pages (self);
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
  if (!claimline_article_list_reload (self, &error))
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
  if (!claimline_article_list_reload (self, &error))
    g_warning ("Cannot list the story's articles: %s", error->message);
}

gboolean
claimline_article_list_reload (ClaimlineArticleList  *self,
                               GError               **error)
{
  g_autoptr(GArray) ids = NULL;
  guint old_n;

  g_return_val_if_fail (CLAIMLINE_IS_ARTICLE_LIST (self), FALSE);

  ids = claimline_store_list_story_article_ids (self->store, self->story_id, self->sort, error);
  if (ids == NULL)
    return FALSE;

  old_n = self->ids->len;
  g_array_unref (self->ids);
  self->ids = g_steal_pointer (&ids);
  drop_pages (self);

  g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, self->ids->len);
  if (old_n != self->ids->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
  return TRUE;
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
