/* claimline-store.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "claimline-article.h"
#include "claimline-claims.h"
#include "claimline-compare.h"
#include "claimline-document.h"
#include "claimline-story.h"
#include "claimline-types.h"

G_BEGIN_DECLS

#define CLAIMLINE_TYPE_STORE (claimline_store_get_type ())

G_DECLARE_FINAL_TYPE (ClaimlineStore, claimline_store, CLAIMLINE, STORE, GObject)

typedef enum
{
  CLAIMLINE_ARTICLE_SORT_DATE,   /* newest first, undated last */
  CLAIMLINE_ARTICLE_SORT_OUTLET, /* outlet, then newest first */
} ClaimlineArticleSort;

/* One full-text search result. */
struct _ClaimlineSearchHit
{
  gint64  article_id;
  char   *title;
  char   *outlet;
  char   *snippet;   /* the matching passage, match marked with [ and ] */
  int     match_offset; /* character offset of the first match in the text, -1 if in the title */
};

void claimline_search_hit_free (ClaimlineSearchHit *hit);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ClaimlineSearchHit, claimline_search_hit_free)

/* The store's file in the user's data directory
 * ($XDG_DATA_HOME/claimline/claimline.db). */
char              *claimline_store_default_path           (void);

/* Opens (creating if needed) the store at PATH and migrates it to the
 * current schema.  PATH ":memory:" gives a private in-memory store. */
ClaimlineStore    *claimline_store_new                    (const char     *path,
                                                           GError        **error);
/* For tests of migrations: open and migrate no further than VERSION. */
ClaimlineStore    *claimline_store_new_at_version         (const char     *path,
                                                           guint           version,
                                                           GError        **error);
const char        *claimline_store_get_path               (ClaimlineStore *self);
/* Renames the store file PATH with its -wal and -shm files to
 * PATH.corrupt-YYYYMMDD-HHMMSS (local time) so that a fresh store can be
 * made in its place; nothing is deleted.  Returns the new path. */
char              *claimline_store_move_aside             (const char     *path,
                                                           GError        **error);
/* For tests of a full disk: caps the database at N_PAGES pages (SQLite's
 * max_page_count), so that writes beyond it fail with SQLITE_FULL. */
gboolean           claimline_store_set_max_pages          (ClaimlineStore *self,
                                                           guint           n_pages,
                                                           GError        **error);
/* Makes the store writes in between one transaction (an article, its story
 * and the story's groups): nothing of them is kept unless the outermost
 * commit succeeds.  Transactions nest; a failed commit rolls back. */
gboolean           claimline_store_transaction_begin      (ClaimlineStore *self,
                                                           GError        **error);
gboolean           claimline_store_transaction_commit     (ClaimlineStore *self,
                                                           GError        **error);
void               claimline_store_transaction_rollback   (ClaimlineStore *self);
guint              claimline_store_get_schema_version     (ClaimlineStore *self);
guint              claimline_store_get_latest_version     (void);

/* Adds DOCUMENT as an article in one transaction.  A document already in the
 * store (same content hash, or same URL/guid) is not added again: OUT_ID then
 * holds the existing article and OUT_ADDED is FALSE. */
gboolean           claimline_store_add_document           (ClaimlineStore           *self,
                                                           const ClaimlineDocument  *document,
                                                           gint64                   *out_id,
                                                           gboolean                 *out_added,
                                                           GError                  **error);
/* Adds every document of DOCUMENTS in a single transaction: on error nothing
 * of the batch is kept.  OUT_N_ADDED counts the new (not duplicate) ones. */
gboolean           claimline_store_add_documents          (ClaimlineStore  *self,
                                                           GPtrArray       *documents,
                                                           guint           *out_n_added,
                                                           GError         **error);

gint64             claimline_store_count_articles         (ClaimlineStore  *self,
                                                           GError         **error);
/* All article ids in display order; cheap enough for 100,000 articles. */
GArray            *claimline_store_list_article_ids       (ClaimlineStore        *self,
                                                           ClaimlineArticleSort   sort,
                                                           GError               **error);
/* Summaries (no text) for N_IDS ids, in the order given. */
GPtrArray         *claimline_store_load_summaries         (ClaimlineStore  *self,
                                                           const gint64    *ids,
                                                           guint            n_ids,
                                                           GError         **error);
/* One article with its text. */
ClaimlineArticle  *claimline_store_load_article           (ClaimlineStore  *self,
                                                           gint64           id,
                                                           GError         **error);
/* Full-text search over titles and texts, best match first. */
GPtrArray         *claimline_store_search                 (ClaimlineStore  *self,
                                                           const char      *query,
                                                           guint            limit,
                                                           GError         **error);

/* Stories, newest first (by their last date). */
GPtrArray         *claimline_store_list_stories           (ClaimlineStore  *self,
                                                           GError         **error);
/* The ids of the articles of one story (STORY_ID 0: every article). */
GArray            *claimline_store_list_story_article_ids (ClaimlineStore        *self,
                                                           gint64                 story_id,
                                                           ClaimlineArticleSort   sort,
                                                           GError               **error);
/* The story an article belongs to, or 0. */
gint64             claimline_store_get_article_story      (ClaimlineStore  *self,
                                                           gint64           article_id,
                                                           GError         **error);
/* The claim groups of one story, conflicts first. */
GPtrArray         *claimline_store_load_story_groups      (ClaimlineStore  *self,
                                                           gint64           story_id,
                                                           GError         **error);
/* One claim group with its members. */
ClaimlineClaimGroup *claimline_store_load_group           (ClaimlineStore  *self,
                                                           gint64           group_id,
                                                           GError         **error);

/* What the library's analysis reads and writes (see claimline-library.h). */
gboolean           claimline_store_set_published          (ClaimlineStore  *self,
                                                           gint64           article_id,
                                                           const char      *date,
                                                           gboolean         inferred,
                                                           GError         **error);
/* A story carrying a feature, and in how many of its articles. */
typedef struct
{
  gint64 story_id;
  guint  articles;
} ClaimlineFeatureStory;

/* How many articles carry FEATURE, and (appended to OUT_STORIES, as
 * ClaimlineFeatureStory) the stories whose articles do, most first. */
gboolean           claimline_store_lookup_feature         (ClaimlineStore  *self,
                                                           const char      *feature,
                                                           guint           *out_articles,
                                                           GArray          *out_stories,
                                                           GError         **error);
/* Puts ARTICLE_ID with its FEATURES into STORY_ID (0: a new story) in one
 * transaction; returns the story's id, 0 on error. */
gint64             claimline_store_add_to_story           (ClaimlineStore  *self,
                                                           gint64           story_id,
                                                           gint64           article_id,
                                                           GPtrArray       *features,
                                                           GError         **error);
/* Takes FEATURES of an article that leaves STORY_ID out of the story's
 * counts and the library's, in one transaction. */
gboolean           claimline_store_remove_story_features  (ClaimlineStore  *self,
                                                           gint64           story_id,
                                                           GPtrArray       *features,
                                                           GError         **error);
gboolean           claimline_store_update_story           (ClaimlineStore  *self,
                                                           gint64           story_id,
                                                           const char      *title,
                                                           const char      *first_date,
                                                           const char      *last_date,
                                                           GError         **error);
/* Every claim of a story's articles, as group members (outlet and title). */
GPtrArray         *claimline_store_load_story_members     (ClaimlineStore  *self,
                                                           gint64           story_id,
                                                           GError         **error);
/* Replaces the claim groups of a story in one transaction; sets their ids. */
gboolean           claimline_store_save_story_groups      (ClaimlineStore  *self,
                                                           gint64           story_id,
                                                           GPtrArray       *groups,
                                                           GError         **error);

/* The claims of one article, in text order, each with its group's verdict. */
GPtrArray         *claimline_store_load_claims            (ClaimlineStore  *self,
                                                           gint64           article_id,
                                                           GError         **error);
/* Replaces the claims of one article in one transaction (after its date
 * was corrected, say). */
gboolean           claimline_store_replace_claims         (ClaimlineStore  *self,
                                                           gint64           article_id,
                                                           GPtrArray       *claims,
                                                           GError         **error);

/* One subscription as the store keeps it (see claimline-store-feeds.c). */
typedef struct
{
  gint64  id;
  char   *url;
  char   *title;           /* nullable */
  char   *folder;          /* nullable: nested folders joined with "/" */
  char   *etag;            /* nullable: validators for a conditional GET */
  char   *last_modified;   /* nullable */
  gint64  last_fetched;    /* Unix time of the last answer, 0 before one */
  guint   last_status;     /* HTTP status of the last answer, 0 before one */
  char   *last_error;      /* nullable: why the last refresh failed */
  gint64  last_error_time; /* Unix time of that failure, 0 when none */
  gint64  retry_after;     /* the server asked not to be asked before, 0 */
  guint   n_articles;
} ClaimlineFeedRecord;

void claimline_feed_record_free (ClaimlineFeedRecord *record);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ClaimlineFeedRecord, claimline_feed_record_free)

/* Subscribes to URL; a URL already subscribed keeps its row (OUT_ADDED
 * FALSE).  Returns the feed's id, 0 on error. */
gint64             claimline_store_add_feed               (ClaimlineStore  *self,
                                                           const char      *url,
                                                           const char      *title,
                                                           const char      *folder,
                                                           gboolean        *out_added,
                                                           GError         **error);
/* Every subscription (ClaimlineFeedRecord), by folder, then in the order added. */
GPtrArray         *claimline_store_list_feeds             (ClaimlineStore  *self,
                                                           GError         **error);
/* One subscription; CLAIMLINE_ERROR_NOT_FOUND for an unknown id. */
ClaimlineFeedRecord *claimline_store_load_feed            (ClaimlineStore  *self,
                                                           gint64           feed_id,
                                                           GError         **error);
gboolean           claimline_store_set_feed_title         (ClaimlineStore  *self,
                                                           gint64           feed_id,
                                                           const char      *title,
                                                           GError         **error);
gboolean           claimline_store_set_feed_folder        (ClaimlineStore  *self,
                                                           gint64           feed_id,
                                                           const char      *folder,
                                                           GError         **error);
/* Ends a subscription.  Its articles stay (no longer tied to a feed), or,
 * with DELETE_ARTICLES, go with their claims and any story left empty. */
gboolean           claimline_store_remove_feed            (ClaimlineStore  *self,
                                                           gint64           feed_id,
                                                           gboolean         delete_articles,
                                                           GError         **error);
/* The articles a feed brought, oldest first. */
GArray            *claimline_store_list_feed_article_ids  (ClaimlineStore  *self,
                                                           gint64           feed_id,
                                                           GError         **error);
/* The article stored for a feed entry with GUID or else URL (either
 * nullable), or 0; -1 on error. */
gint64             claimline_store_find_entry             (ClaimlineStore  *self,
                                                           const char      *guid,
                                                           const char      *url,
                                                           GError         **error);
/* Ties ARTICLE_ID to FEED_ID unless it came from another feed first. */
gboolean           claimline_store_set_article_feed       (ClaimlineStore  *self,
                                                           gint64           article_id,
                                                           gint64           feed_id,
                                                           GError         **error);
/* A refresh that got an answer: stores the validators and the status,
 * clears the error and the retry time. */
gboolean           claimline_store_record_feed_fetch      (ClaimlineStore  *self,
                                                           gint64           feed_id,
                                                           const char      *etag,
                                                           const char      *last_modified,
                                                           guint            status,
                                                           gint64           when,
                                                           GError         **error);
/* A refresh that failed: MESSAGE, when, the HTTP status (0 if none) and
 * the Retry-After time (0 if none); the validators stay. */
gboolean           claimline_store_record_feed_error      (ClaimlineStore  *self,
                                                           gint64           feed_id,
                                                           const char      *message,
                                                           guint            status,
                                                           gint64           retry_after,
                                                           gint64           when,
                                                           GError         **error);

G_END_DECLS
