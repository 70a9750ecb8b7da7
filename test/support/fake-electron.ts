// A stand-in for the `electron` module (its binary cannot run on the build machines): records
// what main and preload register, and connects ipcRenderer to ipcMain in-process with structured
// clone, as Electron does, so the real preload and the real IPC binding can be exercised.
import { EventEmitter } from 'node:events';

type Handler = (event: unknown, ...args: unknown[]) => unknown;

export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

export function createFakeElectron(options: { lock?: boolean; userData?: string } = {}) {
  const handlers = new Map<string, Handler>();
  const rendererListeners = new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>();
  const exposed: Record<string, unknown> = {};
  let senderFrame: FakeFrame = { url: 'app://clusterpilot/index.html', parent: null };

  const webContentsEmitter = () => {
    const emitter = new EventEmitter() as EventEmitter & Record<string, unknown>;
    emitter.windowOpenHandler = null;
    emitter.setWindowOpenHandler = (h: unknown) => {
      emitter.windowOpenHandler = h;
    };
    emitter.getURL = () => 'app://clusterpilot/index.html';
    emitter.isDestroyed = () => false;
    emitter.send = (channel: string, ...args: unknown[]) => {
      for (const listener of rendererListeners.get(channel) ?? []) listener({}, ...structuredClone(args));
    };
    return emitter;
  };

  const sessionFake = Object.assign(new EventEmitter(), {
    permissionRequestHandler: null as null | ((...a: unknown[]) => void),
    permissionCheckHandler: null as null | ((...a: unknown[]) => boolean),
    beforeRequest: null as null | ((details: { url: string }, cb: (r: { cancel: boolean }) => void) => void),
    setPermissionRequestHandler(h: (...a: unknown[]) => void) {
      this.permissionRequestHandler = h;
    },
    setPermissionCheckHandler(h: (...a: unknown[]) => boolean) {
      this.permissionCheckHandler = h;
    },
    setDevicePermissionHandler() {},
    webRequest: {
      onBeforeRequest: (h: (details: { url: string }, cb: (r: { cancel: boolean }) => void) => void) => {
        sessionFake.beforeRequest = h;
      },
    },
  });

  const windows: {
    options: Record<string, unknown>;
    loaded: string[];
    webContents: ReturnType<typeof webContentsEmitter>;
  }[] = [];
  const instances: BrowserWindow[] = [];
  class BrowserWindow extends EventEmitter {
    static getAllWindows() {
      return [...instances];
    }
    readonly webContents = webContentsEmitter();
    readonly record: (typeof windows)[number];
    constructor(options: Record<string, unknown>) {
      super();
      this.record = { options, loaded: [], webContents: this.webContents };
      windows.push(this.record);
      instances.push(this);
    }
    loadURL(url: string) {
      this.record.loaded.push(url);
      return Promise.resolve();
    }
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {}
    show() {}
  }

  const appEmitter = new EventEmitter();
  let resolveReady!: () => void;
  const ready = new Promise<void>((r) => {
    resolveReady = r;
  });
  const app = Object.assign(appEmitter, {
    quitCalls: 0,
    requestSingleInstanceLock: () => options.lock ?? true,
    quit() {
      app.quitCalls++;
    },
    whenReady: () => ready,
    getPath: (name: string) => (name === 'userData' ? (options.userData ?? '/nonexistent') : '/tmp'),
    getLocale: () => 'de-DE',
  });

  const protocol = {
    privileged: [] as unknown[],
    handler: null as null | ((request: { url: string }) => Response | Promise<Response>),
    registerSchemesAsPrivileged(schemes: unknown[]) {
      protocol.privileged.push(...schemes);
    },
    handle(_scheme: string, h: (request: { url: string }) => Response) {
      protocol.handler = h;
    },
  };

  const module = {
    app,
    BrowserWindow,
    protocol,
    session: { defaultSession: sessionFake },
    nativeTheme: { shouldUseDarkColors: false },
    screen: {
      displays: [{ id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } }],
      getAllDisplays: () => module.screen.displays,
      getPrimaryDisplay: () => module.screen.displays[0]!,
    },
    dialog: {
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showSaveDialog: async () => ({ canceled: true }),
    },
    shell: { showItemInFolder: () => undefined },
    Menu: { setApplicationMenu() {}, buildFromTemplate: (t: unknown) => t },
    ipcMain: {
      handle: (channel: string, handler: Handler) => handlers.set(channel, handler),
      removeHandler: (channel: string) => handlers.delete(channel),
    },
    ipcRenderer: {
      invoke: async (channel: string, ...args: unknown[]) => {
        const handler = handlers.get(channel);
        if (!handler) throw new Error(`No handler registered for '${channel}'`);
        return structuredClone(await handler({ senderFrame }, ...structuredClone(args)));
      },
      on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
        if (!rendererListeners.has(channel)) rendererListeners.set(channel, new Set());
        rendererListeners.get(channel)!.add(listener);
      },
      removeListener: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
        rendererListeners.get(channel)?.delete(listener);
      },
    },
    contextBridge: {
      exposeInMainWorld: (key: string, api: unknown) => {
        exposed[key] = api;
      },
    },
  };

  return {
    module,
    app,
    protocol,
    session: sessionFake,
    windows,
    handlers,
    exposed,
    fireReady: () => resolveReady(),
    setSenderFrame: (frame: FakeFrame) => {
      senderFrame = frame;
    },
    newWebContents: webContentsEmitter,
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
