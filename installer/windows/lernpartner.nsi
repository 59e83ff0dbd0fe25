; Lernpartner for Windows: a per-user installer (no administrator rights), German and English.
; Compiled by `make installer` (installer/windows/build.py) with Debian's native makensis:
;   makensis -DVIVERSION=0.1.0.0 -DBUNDLE=... -DOUTFILE=... lernpartner.nsi
; version.nsh holds pyproject.toml's version (tests/installer checks that they agree).

Unicode true
Target amd64-unicode
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma
SetCompressorDictSize 64

!ifdef VERSION_OVERRIDE
  !define VERSION "${VERSION_OVERRIDE}"  ; the older build of the upgrade test
!else
  !include "version.nsh"
!endif
!define APPNAME "Lernpartner"
!define PUBLISHER "Lernpartner"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Lernpartner"
; The data folder of lernpartner_desktop/paths.py on Windows, and Qt's settings folder.
!define DATADIR "$LOCALAPPDATA\Lernpartner"
!define SETTINGSDIR "$APPDATA\Lernpartner"

Name "${APPNAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\Lernpartner"
InstallDirRegKey HKCU "${UNINSTKEY}" "InstallLocation"
BrandingText "${APPNAME} ${VERSION}"

VIProductVersion "${VIVERSION}"
VIFileVersion "${VIVERSION}"
VIAddVersionKey /LANG=0 "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "FileDescription" "${APPNAME} ${VERSION} Setup"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "${PUBLISHER}"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"

!define MUI_ABORTWARNING
; The language chosen at install time, for the uninstaller.
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${UNINSTKEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_FINISHPAGE_RUN "$INSTDIR\pythonw.exe"
!define MUI_FINISHPAGE_RUN_PARAMETERS "-m lernpartner_desktop"
!define MUI_COMPONENTSPAGE_NODESC

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "German"
!insertmacro MUI_LANGUAGE "English"

LangString SecApp ${LANG_GERMAN} "Lernpartner (Programm)"
LangString SecApp ${LANG_ENGLISH} "Lernpartner (program)"
LangString SecDesktop ${LANG_GERMAN} "Verknüpfung auf dem Desktop"
LangString SecDesktop ${LANG_ENGLISH} "Desktop shortcut"
LangString SecUnApp ${LANG_GERMAN} "Programm entfernen"
LangString SecUnApp ${LANG_ENGLISH} "Remove the program"
LangString SecUnData ${LANG_GERMAN} "Auch meine Daten löschen (Datenbank, Sicherungen im Datenordner, Einstellungen)"
LangString SecUnData ${LANG_ENGLISH} "Also delete my data (database, backups in the data folder, settings)"
LangString AppRunning ${LANG_GERMAN} "Lernpartner ist noch geöffnet. Bitte schließen Sie Lernpartner und klicken Sie auf Wiederholen."
LangString AppRunning ${LANG_ENGLISH} "Lernpartner is still open. Please close Lernpartner and click Retry."
LangString NotOurFolder ${LANG_GERMAN} "Der Ordner $INSTDIR enthält schon andere Dateien. Bitte wählen Sie einen leeren Ordner."
LangString NotOurFolder ${LANG_ENGLISH} "The folder $INSTDIR already holds other files. Please choose an empty folder."

Function .onInit
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/DESKTOP" $R1
  ${IfNot} ${Errors}
    SectionSetFlags 1 ${SF_SELECTED}
  ${EndIf}
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

; Everything the installer put into $INSTDIR (only ever called on a folder that holds
; Lib\site-packages\lernpartner_desktop, i.e. one of ours): the runtime's files at the top,
; Lib with the app and its packages. Anything else the user put there stays.
!macro RemoveProgramFiles
  RMDir /r "$INSTDIR\Lib"
  Delete "$INSTDIR\*.exe"
  Delete "$INSTDIR\*.dll"
  Delete "$INSTDIR\*.pyd"
  Delete "$INSTDIR\*.zip"
  Delete "$INSTDIR\*._pth"
  Delete "$INSTDIR\*.cat"
  Delete "$INSTDIR\*.cmd"
  Delete "$INSTDIR\LICENSE.txt"
!macroend

; An older version in the same folder: its program files go first (a module the new version
; no longer has must not linger), the data folder is elsewhere and is never touched.
Function RemoveOldProgram
  ${If} ${FileExists} "$INSTDIR\Lib\site-packages\lernpartner_desktop\*.*"
    retry:
    ClearErrors
    Delete "$INSTDIR\python3*.dll"
    ${If} ${Errors}
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(AppRunning)" /SD IDCANCEL IDRETRY retry
      Abort
    ${EndIf}
    !insertmacro RemoveProgramFiles
  ${ElseIf} ${FileExists} "$INSTDIR\*.*"
    ; Refuse a folder that holds someone else's files: the uninstaller removes what we put.
    MessageBox MB_OK|MB_ICONSTOP "$(NotOurFolder)" /SD IDOK
    Abort
  ${EndIf}
FunctionEnd

Section "$(SecApp)" SecAppId
  SectionIn RO
  SetShellVarContext current
  Call RemoveOldProgram
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE}\*.*"
  WriteUninstaller "$INSTDIR\Uninstall.exe"
  CreateShortcut "$SMPROGRAMS\Lernpartner.lnk" "$INSTDIR\pythonw.exe" "-m lernpartner_desktop" \
    "$INSTDIR\pythonw.exe" 0 SW_SHOWNORMAL "" "Lernpartner"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTKEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\pythonw.exe"
  WriteRegStr HKCU "${UNINSTKEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegStr HKCU "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTKEY}" "EstimatedSize" $0
SectionEnd

Section /o "$(SecDesktop)" SecDesktopId
  SetShellVarContext current
  CreateShortcut "$DESKTOP\Lernpartner.lnk" "$INSTDIR\pythonw.exe" "-m lernpartner_desktop" \
    "$INSTDIR\pythonw.exe" 0 SW_SHOWNORMAL "" "Lernpartner"
SectionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/DELETEDATA" $R1
  ${IfNot} ${Errors}
    SectionSetFlags 1 ${SF_SELECTED}
  ${EndIf}
FunctionEnd

Section "un.$(SecUnApp)" SecUnAppId
  SectionIn RO
  SetShellVarContext current
  retry:
  ClearErrors
  Delete "$INSTDIR\python3*.dll"
  ${If} ${Errors}
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(AppRunning)" /SD IDCANCEL IDRETRY retry
    Abort
  ${EndIf}
  Delete "$SMPROGRAMS\Lernpartner.lnk"
  Delete "$DESKTOP\Lernpartner.lnk"
  !insertmacro RemoveProgramFiles
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTKEY}"
SectionEnd

; Off unless ticked (or /DELETEDATA): the owner's database and everything beside it.
Section /o "un.$(SecUnData)" SecUnDataId
  SetShellVarContext current
  RMDir /r "${DATADIR}"
  RMDir /r "${SETTINGSDIR}"
SectionEnd
