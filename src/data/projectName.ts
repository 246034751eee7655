import type { LocalizedText } from './provenanceSchema';
import type { Project } from './projectsSchema';

/** The project's display name: its English name in English where one exists. */
export function projectName(project: Project, lang: keyof LocalizedText): string {
  return lang === 'en' && project.englishName ? project.englishName.value : project.name.value;
}
