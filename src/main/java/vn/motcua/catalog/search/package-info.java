/**
 * The public catalog search (diacritics-insensitive), open to other modules: the reception desk's
 * procedure picker searches the catalog the way the public API does.
 */
@org.springframework.modulith.NamedInterface("search")
package vn.motcua.catalog.search;
