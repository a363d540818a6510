// The part of libxml2 that Sayso uses (its HTML parser and tree), made visible to Swift; imported by
// SaysoIngest only. Debian: libxml2-dev; pkg-config libxml-2.0 gives the include folder.
#ifndef SAYSO_CLIBXML2_SHIM_H
#define SAYSO_CLIBXML2_SHIM_H

// Debian's libxml2 is built with ICU, and its encoding.h then includes the system's <unicode/ucnv.h>,
// whose UErrorCode clashes with the one of Foundation's own ICU (_FoundationICU) in a clean build.
// Sayso uses none of libxml2's ICU converters and never touches the struct that holds them (only
// pointers to it), so the ICU part of libxml2's headers is left out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

// libxml2's options are C enums; Swift sees them as structs, so the set Sayso parses with is given here:
// recover from broken markup, no error or warning output, no network access.
static inline int shim_html_options(void) {
  return HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET;
}

#endif
