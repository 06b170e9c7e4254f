const path = require('path');
const { task, src, dest } = require('gulp');

task('build:icons', copyIcons);

function copyIcons() {
	const nodeIcons = src(path.resolve('icons', '*.svg'));
	return nodeIcons.pipe(dest(path.resolve('dist', 'icons')));
}
