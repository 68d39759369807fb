/* claimline-types.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _ClaimlineArticle     ClaimlineArticle;
typedef struct _ClaimlineArticleList ClaimlineArticleList;
typedef struct _ClaimlineDocument    ClaimlineDocument;
typedef struct _ClaimlineSearchHit   ClaimlineSearchHit;
typedef struct _ClaimlineStore       ClaimlineStore;

G_END_DECLS
