/* claimline-error.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define CLAIMLINE_ERROR (claimline_error_quark ())

typedef enum
{
  CLAIMLINE_ERROR_FAILED,
  CLAIMLINE_ERROR_NOT_FOUND,        /* a file or an article that is not there */
  CLAIMLINE_ERROR_IS_DIRECTORY,     /* a directory where a file was expected */
  CLAIMLINE_ERROR_EMPTY,            /* a file with no readable text */
  CLAIMLINE_ERROR_ENCODING,         /* bytes that cannot be decoded to text */
  CLAIMLINE_ERROR_TOO_LARGE,        /* input over the size limit */
  CLAIMLINE_ERROR_PARSE,            /* malformed input that cannot be recovered */
  CLAIMLINE_ERROR_STORE,            /* a failed query or write */
  CLAIMLINE_ERROR_STORE_CORRUPT,    /* a database file that is not a Claimline store */
  CLAIMLINE_ERROR_STORE_TOO_NEW,    /* a store written by a newer Claimline */
  CLAIMLINE_ERROR_INVALID_ARGUMENT, /* a caller gave something unusable */
} ClaimlineError;

GQuark claimline_error_quark (void);

G_END_DECLS
