#ifndef GEOGRAPH_CGRAPHVIZ_SHIM_H
#define GEOGRAPH_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <stdlib.h>

/// gvRenderData's length is `unsigned int *` in Graphviz 2.43 and `size_t *` in later releases;
/// this wrapper hides the difference behind a size_t.
static inline int cgv_render_data(GVC_t *gvc, Agraph_t *g, const char *format, char **result, size_t *length) {
    unsigned int len32 = 0;
#if defined(GVC_VERSION_MAJOR) && GVC_VERSION_MAJOR >= 3
    size_t len = 0;
    int rc = gvRenderData(gvc, g, format, result, &len);
    *length = len;
    (void)len32;
    return rc;
#else
    int rc = gvRenderData(gvc, g, format, result, &len32);
    *length = len32;
    return rc;
#endif
}

/// The directed graph descriptor (a global in cgraph) as a value.
static inline Agdesc_t cgv_directed(void) { return Agdirected; }
static inline Agdesc_t cgv_strict_directed(void) { return Agstrictdirected; }

/// agtail/aghead are macros in cgraph.h; these make them callable from Swift.
static inline Agnode_t *cgv_tail(Agedge_t *e) { return agtail(e); }
static inline Agnode_t *cgv_head(Agedge_t *e) { return aghead(e); }

/// The attribute kinds (macros in cgraph.h) as functions.
static inline int cgv_kind_graph(void) { return AGRAPH; }
static inline int cgv_kind_node(void) { return AGNODE; }
static inline int cgv_kind_edge(void) { return AGEDGE; }

/// The warning level (an enum constant) for agseterr.
static inline agerrlevel_t cgv_level_warning(void) { return AGWARN; }

/// Frees a list returned by gvPluginList: each string, then the array.
static inline void cgv_free_plugin_list(char **list, int count) {
    if (!list) return;
    for (int i = 0; i < count; i++) free(list[i]);
    free(list);
}

#endif
