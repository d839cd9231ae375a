/** The platform admin's troubleshooting-tree editor: what pages and the router may use. */
export { treesQueryOptions, treeVersionsQueryOptions, useTrees, useTreeVersions } from './api/trees.api';
export { TreeEditor } from './components/tree-editor';
export { TreeList } from './components/tree-list';
