// A minimal Zed extension: start `mtlint-language-server` (from
// `npm install --global mtlint`) for Plain Text files.
use zed_extension_api::{self as zed, LanguageServerId, Result};

struct Mtlint;

impl zed::Extension for Mtlint {
    fn new() -> Self {
        Mtlint
    }

    fn language_server_command(&mut self, _: &LanguageServerId, worktree: &zed::Worktree) -> Result<zed::Command> {
        let command = worktree
            .which("mtlint-language-server")
            .ok_or_else(|| "mtlint-language-server is not on PATH: run `npm install --global mtlint`".to_string())?;
        Ok(zed::Command {
            command,
            args: vec!["--stdio".to_string()],
            env: worktree.shell_env(),
        })
    }
}

zed::register_extension!(Mtlint);
