"""planlink's graph: the one schema, the store interface and its engines, the queries, the RDF export."""
