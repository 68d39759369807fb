/* claimline-plain-import.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "claimline-document.h"

G_BEGIN_DECLS

/* Reads a plain-text article from NORMALISED (the output of
 * claimline_text_normalise(), not blank): the title from the first line,
 * outlet, author and date from the header lines around it (or run into the
 * first line: "TITLE. Posted on 06/09/2025 By NAME ..."), and the rest as
 * paragraphs with page debris removed.  Fields without a header stay NULL;
 * the title and text are always set. */
ClaimlineDocument *claimline_plain_import (const char *normalised);

G_END_DECLS
