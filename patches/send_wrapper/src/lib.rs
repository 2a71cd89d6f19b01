//! `SendWrapper<T>`: marks a value `Send` and `Sync` while it may only be used on the thread
//! that made it. Leptos wraps its browser objects in it.
//!
//! The same API as the `send_wrapper` 0.6 crate, which this replaces through `[patch]`: that
//! crate asks `std::thread::current()` on every access, which brings about 5 KB of std's
//! thread handle into a wasm that has one thread. Here, on wasm32 without the `atomics`
//! feature there is no other thread, so every access is valid; elsewhere the owning thread is
//! checked as the original does, and a use from another thread panics.

use std::fmt;
use std::mem::ManuallyDrop;
use std::ops::{Deref, DerefMut};

#[cfg(not(all(target_arch = "wasm32", not(target_feature = "atomics"))))]
mod owner {
    use std::thread::{self, ThreadId};

    /// The thread that made a wrapper.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct Owner(ThreadId);

    impl Owner {
        pub fn here() -> Self {
            Owner(thread::current().id())
        }
    }
}

#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
mod owner {
    /// The only thread there is.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct Owner;

    impl Owner {
        pub fn here() -> Self {
            Owner
        }
    }
}

use owner::Owner;

/// A value that may be moved to other threads but only used, and dropped, on its own.
pub struct SendWrapper<T> {
    data: ManuallyDrop<T>,
    owner: Owner,
}

// SAFETY: every access to `data` (deref, take, poll, drop of a value that needs dropping)
// first checks that it happens on the owning thread, and panics otherwise.
unsafe impl<T> Send for SendWrapper<T> {}
// SAFETY: as above; shared access goes through the same check.
unsafe impl<T> Sync for SendWrapper<T> {}

impl<T> SendWrapper<T> {
    /// Wraps `data`, owned by the current thread.
    pub fn new(data: T) -> Self {
        SendWrapper {
            data: ManuallyDrop::new(data),
            owner: Owner::here(),
        }
    }

    /// Whether the current thread may use the value.
    pub fn valid(&self) -> bool {
        self.owner == Owner::here()
    }

    /// The value, taken out. Panics on another thread.
    #[track_caller]
    pub fn take(self) -> T {
        self.check("take");
        let mut this = ManuallyDrop::new(self);
        // SAFETY: `this` is never dropped, so `data` is moved out exactly once.
        unsafe { ManuallyDrop::take(&mut this.data) }
    }

    #[track_caller]
    fn check(&self, what: &str) {
        if !self.valid() {
            panic!("SendWrapper: {what} from a thread other than its own");
        }
    }
}

impl<T> Deref for SendWrapper<T> {
    type Target = T;

    #[track_caller]
    fn deref(&self) -> &T {
        self.check("deref");
        &self.data
    }
}

impl<T> DerefMut for SendWrapper<T> {
    #[track_caller]
    fn deref_mut(&mut self) -> &mut T {
        self.check("deref");
        &mut self.data
    }
}

impl<T> Drop for SendWrapper<T> {
    #[track_caller]
    fn drop(&mut self) {
        // A value with nothing to drop may be let go on any thread.
        if std::mem::needs_drop::<T>() {
            self.check("drop");
            // SAFETY: dropped once, here; `take` never lets `drop` run.
            unsafe { ManuallyDrop::drop(&mut self.data) }
        }
    }
}

impl<T: Clone> Clone for SendWrapper<T> {
    #[track_caller]
    fn clone(&self) -> Self {
        Self::new(self.deref().clone())
    }
}

impl<T: fmt::Debug> fmt::Debug for SendWrapper<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("SendWrapper").field(self.deref()).finish()
    }
}

#[cfg(feature = "futures")]
mod futures {
    use std::future::Future;
    use std::pin::Pin;
    use std::task::{Context, Poll};

    use futures_core::Stream;

    use super::SendWrapper;

    impl<F: Future> Future for SendWrapper<F> {
        type Output = F::Output;

        #[track_caller]
        fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<F::Output> {
            self.check("poll");
            // SAFETY: `data` is structurally pinned: it is never moved out of a pinned wrapper
            // (`take` consumes an unpinned one).
            unsafe { self.map_unchecked_mut(|this| &mut *this.data) }.poll(cx)
        }
    }

    impl<S: Stream> Stream for SendWrapper<S> {
        type Item = S::Item;

        #[track_caller]
        fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<S::Item>> {
            self.check("poll");
            // SAFETY: as for `Future` above.
            unsafe { self.map_unchecked_mut(|this| &mut *this.data) }.poll_next(cx)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::SendWrapper;

    #[test]
    fn a_value_is_used_and_taken_on_its_own_thread() {
        let mut wrapped = SendWrapper::new(vec![1, 2]);
        wrapped.push(3);
        assert!(wrapped.valid());
        assert_eq!(wrapped.clone().take(), vec![1, 2, 3]);
    }

    #[test]
    fn another_thread_may_not_use_it() {
        let wrapped = SendWrapper::new(String::from("x"));
        let outcome = std::thread::spawn(move || {
            let valid = wrapped.valid();
            let used = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| wrapped.len()));
            std::mem::forget(wrapped);
            (valid, used.is_err())
        })
        .join();
        assert_eq!(outcome.ok(), Some((false, true)));
    }
}
