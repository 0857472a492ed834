"""planlink: the command line that ties loaders, graph, API and explorer together."""
