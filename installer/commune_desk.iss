; Commune Desk - Inno Setup 6 script around the PyInstaller one-folder bundle.
;
; Build on Windows after `pyinstaller build_installer.spec` (see docs/release.md and
; .github/workflows/windows-installer.yml):
;   iscc /DAppVersion=0.1.0 /DAppVersionNumeric=0.1.0.0 installer\commune_desk.iss
; The Vietnamese setup messages (Vietnamese.isl) are Inno Setup's unofficial translation; the
; workflow downloads it next to this script before compiling (it is not in Inno's own folder).
;
; What it installs: dist\commune-desk\ (CommuneDesk.exe = the windowed desk, commune-desk.exe =
; the command line, _internal\ = Python, Qt and the bundled resources) into Program Files (or the
; user's own programs folder when installed "only for me"), a Start-menu entry and, if chosen,
; a desktop icon. The user's data lives in %LOCALAPPDATA%\CommuneDesk (database, backups,
; attachments): the installer never writes there and the uninstaller never removes it.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef AppVersionNumeric
  #define AppVersionNumeric AppVersion
#endif
#ifndef BundleDir
  #define BundleDir AddBackslash(SourcePath) + "..\dist\commune-desk"
#endif
#ifndef OutputDir
  #define OutputDir AddBackslash(SourcePath) + "..\dist\installer"
#endif

#define AppName "Commune Desk"
#define AppExeName "CommuneDesk.exe"
#define CliExeName "commune-desk.exe"
#define DataFolderName "CommuneDesk"

#if !FileExists(AddBackslash(BundleDir) + AppExeName)
  #error The bundle is missing: build it first with "pyinstaller build_installer.spec" (dist\commune-desk\CommuneDesk.exe).
#endif
#if !FileExists(AddBackslash(SourcePath) + "Vietnamese.isl")
  #error installer\Vietnamese.isl is missing: download Files/Languages/Unofficial/Vietnamese.isl from github.com/jrsoftware/issrc (the workflow does).
#endif

[Setup]
; A fixed AppId: upgrades replace the previous version instead of installing beside it.
AppId={{6C3F0E2A-5B7D-4B8E-9C61-2F4A9D0C7E15}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Commune Desk developers
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} Setup
DefaultDirName={autopf}\CommuneDesk
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Office PCs are often locked down: allow "only for me" without administrator rights.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=..\commune_desk\resources\icons\commune_desk.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName} {#AppVersion}
OutputDir={#OutputDir}
OutputBaseFilename=CommuneDesk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "vietnamese"; MessagesFile: "Vietnamese.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
vietnamese.DesktopIconTask=Tạo biểu tượng trên màn hình nền
vietnamese.ShortcutsGroup=Lối tắt:
vietnamese.LaunchApp=Mở Bàn làm việc một cửa ngay bây giờ
vietnamese.AppComment=Bàn làm việc một cửa cấp xã
vietnamese.DataKept=Dữ liệu của đơn vị (cơ sở dữ liệu, bản sao lưu, tệp đính kèm) vẫn được giữ nguyên tại:%n%n%1%n%nCài lại phần mềm sẽ dùng tiếp dữ liệu này. Chỉ xóa thư mục đó khi chắc chắn không cần nữa.
english.DesktopIconTask=Create a desktop icon
english.ShortcutsGroup=Shortcuts:
english.LaunchApp=Start Commune Desk now
english.AppComment=One-stop desk for communes and wards
english.DataKept=Your office's data (database, backups, attachments) has been kept in:%n%n%1%n%nReinstalling the program will use it again. Delete that folder only when you are sure it is no longer needed.

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIconTask}"; GroupDescription: "{cm:ShortcutsGroup}"; Flags: unchecked

[InstallDelete]
; A new version replaces the whole bundle: no stale module from the previous one stays behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\{#AppExeName}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BundleDir}\{#CliExeName}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BundleDir}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchApp}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder: bytecode caches Python may have written next to the bundled files.
; The user's data folder (%LOCALAPPDATA%\CommuneDesk) is deliberately NOT listed: it is kept.
Type: filesandordirs; Name: "{app}\_internal"

[Code]
function DataFolder(): String;
begin
  Result := ExpandConstant('{localappdata}\{#DataFolderName}');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  { Tell the clerk where their data stayed; the uninstaller never deletes it. }
  if (CurUninstallStep = usPostUninstall) and DirExists(DataFolder()) and not UninstallSilent() then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [DataFolder()]), mbInformation, MB_OK);
end;
