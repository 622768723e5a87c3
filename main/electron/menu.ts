import type { MenuItemConstructorOptions } from 'electron';
import { Menu, app } from 'electron';
import type { MenuCommand } from '../../shared/api/app-api.js';

/** The native menus, in French; commands are carried out by the renderer. */
export function installMenu(send: (command: MenuCommand) => void): void {
  const template: MenuItemConstructorOptions[] = [
    {
      label: '&Fichier',
      submenu: [
        { label: 'Ouvrir un fichier…', accelerator: 'CmdOrCtrl+O', click: () => send('open-file') },
        { label: 'Accueil', accelerator: 'CmdOrCtrl+Shift+H', click: () => send('show-home') },
        { label: 'Historique des publications', accelerator: 'CmdOrCtrl+H', click: () => send('show-history') },
        { type: 'separator' },
        { label: 'Paramètres…', accelerator: 'CmdOrCtrl+,', click: () => send('show-settings') },
        { type: 'separator' },
        { label: 'Quitter', role: 'quit' },
      ],
    },
    {
      label: '&Édition',
      submenu: [
        { label: 'Annuler', role: 'undo' },
        { label: 'Rétablir', role: 'redo' },
        { type: 'separator' },
        { label: 'Couper', role: 'cut' },
        { label: 'Copier', role: 'copy' },
        { label: 'Coller', role: 'paste' },
        { label: 'Tout sélectionner', role: 'selectAll' },
      ],
    },
    {
      label: '&Affichage',
      submenu: [
        { label: 'Zoom avant', role: 'zoomIn' },
        { label: 'Zoom arrière', role: 'zoomOut' },
        { label: 'Taille réelle', role: 'resetZoom' },
        { type: 'separator' },
        { label: 'Plein écran', role: 'togglefullscreen' },
        ...(app.isPackaged ? [] : [{ label: 'Outils de développement', role: 'toggleDevTools' } as const]),
      ],
    },
    {
      label: 'Ai&de',
      submenu: [{ label: 'À propos d’Atelier Open Data', click: () => send('about') }],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
