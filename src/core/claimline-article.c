/* claimline-article.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"


#include "claimline-article.h"
#include "claimline-document.h"

struct _ClaimlineArticle
{
  GObject   parent_instance;

  gint64    id;
  char     *title;
  char     *outlet;
  char     *author;
  char     *url;
  char     *published;
  gboolean  published_inferred;
  gint64    fetched;
  guint     n_claims;
  gboolean  has_conflict;
  char     *text;
};

G_DEFINE_FINAL_TYPE (ClaimlineArticle, claimline_article, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_OUTLET,
  PROP_PUBLISHED,
  PROP_N_CLAIMS,
  PROP_HAS_CONFLICT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
claimline_article_finalize (GObject *object)
{
  ClaimlineArticle *self = (ClaimlineArticle *)object;

  g_free (self->title);
  g_free (self->outlet);
  g_free (self->author);
  g_free (self->url);
  g_free (self->published);
  g_free (self->text);

  G_OBJECT_CLASS (claimline_article_parent_class)->finalize (object);
}

static void
claimline_article_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  ClaimlineArticle *self = CLAIMLINE_ARTICLE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_OUTLET:
      g_value_set_string (value, self->outlet);
      break;
    case PROP_PUBLISHED:
      g_value_set_string (value, self->published);
      break;
    case PROP_N_CLAIMS:
      g_value_set_uint (value, self->n_claims);
      break;
    case PROP_HAS_CONFLICT:
      g_value_set_boolean (value, self->has_conflict);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
claimline_article_class_init (ClaimlineArticleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = claimline_article_finalize;
  object_class->get_property = claimline_article_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_OUTLET] =
    g_param_spec_string ("outlet", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PUBLISHED] =
    g_param_spec_string ("published", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_CLAIMS] =
    g_param_spec_uint ("n-claims", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_HAS_CONFLICT] =
    g_param_spec_boolean ("has-conflict", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
claimline_article_init (ClaimlineArticle *self)
{
}

ClaimlineArticle *
claimline_article_new (gint64      id,
                       const char *title,
                       const char *outlet,
                       const char *author,
                       const char *url,
                       const char *published,
                       gint64      fetched,
                       guint       n_claims,
                       gboolean    has_conflict)
{
  ClaimlineArticle *self = g_object_new (CLAIMLINE_TYPE_ARTICLE, NULL);

  self->id = id;
  self->title = g_strdup (title ? title : "");
  self->outlet = g_strdup (outlet);
  self->author = g_strdup (author);
  self->url = g_strdup (url);
  self->published = g_strdup (published);
  self->fetched = fetched;
  self->n_claims = n_claims;
  self->has_conflict = has_conflict;
  return self;
}

gint64
claimline_article_get_id (ClaimlineArticle *self)
{
  g_return_val_if_fail (CLAIMLINE_IS_ARTICLE (self), 0);
  return self->id;
}

const char *
claimline_article_get_title (ClaimlineArticle *self)
{
  g_return_val_if_fail (CLAIMLINE_IS_ARTICLE (self), NULL);
  return self->title;
}

const char *
claimline_article_get_outlet (ClaimlineArticle *self)
{
  g_return_val_if_fail (CLAIMLINE_IS_ARTICLE (self), NULL);
  return self->outlet;
}

const char *
claimline_article_get_author (ClaimlineArticle *self)
{
  g_return_val_if_fail (CLAIMLINE_IS_ARTICLE (self), NULL);
  return self->author;
}

const char *
claimline_article_get_url (ClaimlineArticle *self)
{
  g_return_val_if_fail (CLAIMLINE_IS_ARTICLE (self), NULL);
  return self->url;
}

const char *
claimline_article_get_published (ClaimlineArticle *self)
{
  g_return_val_if_fail (CLAIMLINE_IS_ARTICLE (self), NULL);
  return self->published;
}

/* Fills DATE from the stored "YYYY-MM-DD"; FALSE when the article is undated. */
gboolean
claimline_article_get_published_date (ClaimlineArticle *self,
                                      GDate            *date)
{
  g_return_val_if_fail (CLAIMLINE_IS_ARTICLE (self), FALSE);

  return claimline_iso_date_parse (self->published, date);
}

gboolean
claimline_article_get_published_inferred (ClaimlineArticle *self)
{
  g_return_val_if_fail (CLAIMLINE_IS_ARTICLE (self), FALSE);
  return self->published_inferred;
}

void
claimline_article_set_published_inferred (ClaimlineArticle *self,
                                          gboolean          inferred)
{
  g_return_if_fail (CLAIMLINE_IS_ARTICLE (self));
  self->published_inferred = inferred;
}

gint64
claimline_article_get_fetched (ClaimlineArticle *self)
{
  g_return_val_if_fail (CLAIMLINE_IS_ARTICLE (self), 0);
  return self->fetched;
}

guint
claimline_article_get_n_claims (ClaimlineArticle *self)
{
  g_return_val_if_fail (CLAIMLINE_IS_ARTICLE (self), 0);
  return self->n_claims;
}

gboolean
claimline_article_get_has_conflict (ClaimlineArticle *self)
{
  g_return_val_if_fail (CLAIMLINE_IS_ARTICLE (self), FALSE);
  return self->has_conflict;
}

const char *
claimline_article_get_text (ClaimlineArticle *self)
{
  g_return_val_if_fail (CLAIMLINE_IS_ARTICLE (self), NULL);
  return self->text;
}

/* Whether a list row would show A and B alike (the text is not compared). */
gboolean
claimline_article_same_summary (ClaimlineArticle *a,
                                ClaimlineArticle *b)
{
  g_return_val_if_fail (CLAIMLINE_IS_ARTICLE (a), FALSE);
  g_return_val_if_fail (CLAIMLINE_IS_ARTICLE (b), FALSE);

  return a->id == b->id
         && g_strcmp0 (a->title, b->title) == 0
         && g_strcmp0 (a->outlet, b->outlet) == 0
         && g_strcmp0 (a->author, b->author) == 0
         && g_strcmp0 (a->url, b->url) == 0
         && g_strcmp0 (a->published, b->published) == 0
         && a->published_inferred == b->published_inferred
         && a->fetched == b->fetched
         && a->n_claims == b->n_claims
         && a->has_conflict == b->has_conflict;
}

void
claimline_article_set_text (ClaimlineArticle *self,
                            const char       *text)
{
  g_return_if_fail (CLAIMLINE_IS_ARTICLE (self));

  g_free (self->text);
  self->text = g_strdup (text);
}
