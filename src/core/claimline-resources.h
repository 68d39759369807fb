/* claimline-resources.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Bytes of a file in the core GResource, by its path below the application's
 * resource prefix ("schema/001-articles.sql"). */
GBytes *claimline_resources_lookup (const char  *relative_path,
                                    GError     **error);

/* A lexicon: one entry per line, '#' comments and blank lines skipped,
 * entries lower-cased.  The array is owned by the cache and lives for the
 * whole process. */
const GPtrArray *claimline_resources_get_lexicon (const char *name);

G_END_DECLS
